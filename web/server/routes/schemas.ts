/* The JSON-schema pieces every route module shares: keys, lists, the error body and the answers. */

export const DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
export const LIST = '^[^,]{1,200}(,[^,]{1,200}){0,199}$';
export const NAME_LIST = '^[A-Za-z_]{1,40}(,[A-Za-z_]{1,40}){0,39}$';
export const KEY = { type: 'string', minLength: 1, maxLength: 300 } as const;

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
  required: ['error', 'message'],
} as const;

export const anyObject = { type: 'object', additionalProperties: true } as const;

/** The answers a route gives: `ok` (any object by default), or an error body. */
export const responses = (ok: object = anyObject) => ({
  200: ok,
  400: errorSchema,
  404: errorSchema,
  503: errorSchema,
});

/** A comma-separated query value as a list (empty for none). */
export const list = (value: string | undefined): string[] => (value ? value.split(',').filter((v) => v !== '') : []);
