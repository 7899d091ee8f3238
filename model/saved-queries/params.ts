/*
 * Query parameters: type-checking and coercion of the values a user gives (text from the CLI or a
 * form, JSON from the API) against a query's declared parameters, with errors that list what the
 * query expects. Pure functions; the driver conversion (integers to neo4j.int) is in run-query.ts.
 */
import { QueryParamError } from '../errors.ts';
import type { ParamValue, QueryParam } from './types.ts';

const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The allowed range of a parameter, in words: "from 1 to 4", "at least 1", "at most 500" ("" when none). */
export function rangeText(param: Pick<QueryParam, 'min' | 'max'>): string {
  if (param.min !== undefined && param.max !== undefined) return `from ${param.min} to ${param.max}`;
  if (param.min !== undefined) return `at least ${param.min}`;
  if (param.max !== undefined) return `at most ${param.max}`;
  return '';
}

/** The number if it lies in the parameter's range; throws an Error saying the range otherwise. */
function inRange(param: Pick<QueryParam, 'name' | 'min' | 'max'>, value: number): number {
  if ((param.min !== undefined && value < param.min) || (param.max !== undefined && value > param.max))
    throw new Error(`"${param.name}" must be ${rangeText(param)}, not ${value}`);
  return value;
}

/**
 * Coerces one value to the parameter's type. Text is parsed ("3" → 3, "a, b" → ["a", "b"]); JSON
 * values are checked. An empty value becomes null. Throws an Error whose message says what was wrong.
 */
export function coerceParamValue(param: Pick<QueryParam, 'name' | 'type' | 'min' | 'max'>, value: unknown): ParamValue {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  const text = typeof value === 'string' ? value.trim() : undefined;
  const wrong = (expected: string) => new Error(`"${param.name}" must be ${expected}, not ${describeValue(value)}`);
  switch (param.type) {
    case 'integer': {
      if (typeof value === 'number' && Number.isSafeInteger(value)) return inRange(param, value);
      if (text !== undefined && INTEGER.test(text) && Number.isSafeInteger(Number(text)))
        return inRange(param, Number(text));
      throw wrong('a whole number');
    }
    case 'float': {
      if (typeof value === 'number' && Number.isFinite(value)) return inRange(param, value);
      if (text !== undefined && FLOAT.test(text)) return inRange(param, Number(text));
      throw wrong('a number');
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      if (text !== undefined && /^(true|yes|1)$/i.test(text)) return true;
      if (text !== undefined && /^(false|no|0)$/i.test(text)) return false;
      throw wrong('true or false');
    }
    case 'date': {
      if (text !== undefined && isIsoDate(text)) return text;
      throw wrong('a date written YYYY-MM-DD');
    }
    case 'string':
    case 'entity': {
      if (text !== undefined) return text;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw wrong(param.type === 'entity' ? 'an entity id such as "state:ru"' : 'text');
    }
    case 'list': {
      const items = Array.isArray(value) ? value : text !== undefined ? text.split(',') : undefined;
      if (!items || !items.every((item) => typeof item === 'string' || typeof item === 'number'))
        throw wrong('a list (comma-separated, or a JSON array of strings)');
      return items.map((item) => String(item).trim()).filter((item) => item !== '');
    }
  }
}

/** One line per parameter: `actor (entity, required): The actor at the centre.` */
export function describeParams(params: QueryParam[]): string {
  if (params.length === 0) return 'it takes no parameters';
  return params
    .map((p) => {
      const when =
        p.default !== undefined
          ? `default ${Array.isArray(p.default) ? p.default.join(',') : String(p.default)}`
          : p.optional
            ? 'optional'
            : 'required';
      const range = rangeText(p);
      return `${p.name} (${p.type}${range ? ` ${range}` : ''}, ${when})`;
    })
    .join(', ');
}

/**
 * Checks and coerces the given values against the declared parameters and fills in defaults.
 * Unknown, missing or ill-typed parameters all go into one QueryParamError that lists the expected ones.
 */
export function coerceParams(
  queryName: string,
  params: QueryParam[],
  given: Record<string, unknown>,
): Record<string, ParamValue> {
  const problems: string[] = [];
  const declared = new Map(params.map((p) => [p.name, p]));
  for (const name of Object.keys(given)) if (!declared.has(name)) problems.push(`unknown parameter "${name}"`);
  const values: Record<string, ParamValue> = {};
  for (const param of params) {
    let value: ParamValue;
    try {
      value = coerceParamValue(param, given[param.name]);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    if (value === null && param.default !== undefined) value = param.default;
    if (value === null && !param.optional) problems.push(`missing parameter "${param.name}"`);
    values[param.name] = value;
  }
  if (problems.length > 0) {
    throw new QueryParamError(
      `query "${queryName}": ${problems.join('; ')}. Expected parameters: ${describeParams(params)}.`,
    );
  }
  return values;
}

/** Splits `--param key=value` arguments into a map; the value may contain "=". */
export function parseParamAssignments(assignments: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const assignment of assignments) {
    const at = assignment.indexOf('=');
    const key = at > 0 ? assignment.slice(0, at).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
      throw new QueryParamError(`--param "${assignment}": write key=value, where key is a parameter name`);
    if (key in values) throw new QueryParamError(`--param "${key}" is given twice; a list is written key=a,b`);
    values[key] = assignment.slice(at + 1);
  }
  return values;
}

/**
 * The value of an ad-hoc parameter typed as text (`newsgraph cypher --param k=v`, the editor's
 * parameters panel): JSON when it parses as JSON (numbers, true/false, null, arrays, objects), text otherwise.
 */
export function inferParamValue(text: string): unknown {
  const trimmed = text.trim();
  if (/^(?:-?\d|\[|\{|"|true$|false$|null$)/.test(trimmed)) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      // Not JSON: the text itself.
    }
  }
  return text;
}
