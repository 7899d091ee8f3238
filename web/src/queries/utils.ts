/*
 * Pure helpers of the Queries panel: form values from a query's parameters, the ad-hoc parameters
 * panel, the query history, the filter, and the names of a result's nodes. No React here.
 */
import { coerceParamValue, inferParamValue } from '#model/saved-queries/params.ts';
import type { ParamType, QueryDefinition, QueryParam, ResultKind } from '#model/saved-queries/types.ts';

/** A form's values, as typed (text), or true/false for booleans. */
export type FormValues = Record<string, string | boolean>;

/** The initial form values: each parameter's default, or empty. */
export function initialValues(params: QueryParam[]): FormValues {
  return Object.fromEntries(
    params.map((p) => [
      p.name,
      p.type === 'boolean'
        ? p.default === true
        : p.default === undefined
          ? ''
          : Array.isArray(p.default)
            ? p.default.join(', ')
            : String(p.default),
    ]),
  );
}

/** What is wrong with a form value for its parameter, as the server would say it; null when nothing. */
export function paramProblem(param: QueryParam, value: string | boolean): string | null {
  if (value === '') return param.optional ? null : `"${param.name}" is required`;
  try {
    coerceParamValue(param, value);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The values to send: empty text is left out (the server fills in the default or null). */
export function valuesToSend(values: FormValues): Record<string, string | boolean> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
}

/** Queries whose name, title or description holds every word of the filter. */
export function filterQueries(queries: QueryDefinition[], filter: string): QueryDefinition[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return queries.filter((q) => {
    const text = `${q.name} ${q.title} ${q.description}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** One row of the ad-hoc parameters panel. */
export interface ParamRow {
  name: string;
  value: string;
}

/** The ad-hoc parameters as JSON values: numbers, booleans, lists and maps when they parse as JSON, else text. */
export function rowsToParams(rows: ParamRow[]): Record<string, unknown> {
  return Object.fromEntries(
    rows.filter((r) => r.name.trim() !== '').map((r) => [r.name.trim(), inferParamValue(r.value)]),
  );
}

/** The declared parameter a "Save as" makes of a row: its type guessed from its value, the value its default. */
export function rowToParam(row: ParamRow): QueryParam {
  const value = inferParamValue(row.value);
  let type: ParamType = 'string';
  if (typeof value === 'number') type = Number.isInteger(value) ? 'integer' : 'float';
  else if (typeof value === 'boolean') type = 'boolean';
  else if (Array.isArray(value)) type = 'list';
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) type = 'date';
  else if (typeof value === 'string' && /^(state|person|org|place):/.test(value)) type = 'entity';
  const text = Array.isArray(value) ? value.map(String).join(', ') : String(value ?? '');
  return {
    name: row.name.trim(),
    type,
    optional: true,
    description: '',
    ...(text !== '' && {
      default:
        type === 'integer' || type === 'float'
          ? Number(text)
          : type === 'boolean'
            ? value === true
            : type === 'list'
              ? text.split(', ')
              : text,
    }),
  };
}

/** The `$names` a Cypher text uses, for the parameters panel. */
export function parametersUsed(cypher: string): string[] {
  const names = new Set<string>();
  const text = cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''").replace(/\/\/[^\n]*/g, '');
  for (const match of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(match[1]!);
  return [...names];
}

/** One ad-hoc query run, for the history. */
export interface HistoryEntry {
  cypher: string;
  params: ParamRow[];
  at: number;
}

const HISTORY_SIZE = 30;

/** The history with `entry` first; an identical earlier run moves up instead of repeating. */
export function addToHistory(history: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const same = (h: HistoryEntry) =>
    h.cypher === entry.cypher && JSON.stringify(h.params) === JSON.stringify(entry.params);
  return [entry, ...history.filter((h) => !same(h))].slice(0, HISTORY_SIZE);
}

/** Reads the history saved in the browser; anything unreadable counts as empty. */
export function parseHistory(text: string | null): HistoryEntry[] {
  try {
    const value = JSON.parse(text ?? '[]') as unknown;
    return Array.isArray(value)
      ? value
          .filter((h): h is HistoryEntry => typeof h?.cypher === 'string' && Array.isArray(h?.params))
          .slice(0, HISTORY_SIZE)
      : [];
  } catch {
    return [];
  }
}

/** The result kinds, for the Save-as form. */
export const RESULT_CHOICES: ResultKind[] = ['graph', 'table'];
