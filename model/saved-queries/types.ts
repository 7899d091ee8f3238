/*
 * The saved-query types, free of any dependency so the browser code can import them too:
 * a query definition read from a `.cypher` file's header, and the result of running one.
 */
import type { Subgraph } from '../subgraph.ts';

/** The types a query parameter can have. `entity` is an entity id (`state:ru`), picked through search in the UI. */
export const PARAM_TYPES = ['integer', 'float', 'string', 'date', 'list', 'entity', 'boolean'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/** How a query's result is best shown: drawn as a graph, or listed as a table. */
export const RESULT_KINDS = ['graph', 'table'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** A JSON value a parameter can hold once coerced (integers travel as numbers until they reach the driver). */
export type ParamValue = string | number | boolean | null | string[];

export interface QueryParam {
  name: string;
  type: ParamType;
  /** Whether the query runs without this parameter (it then has its default, or null). */
  optional: boolean;
  /** The default, already coerced; undefined when the parameter is required or defaults to null. */
  default?: ParamValue;
  /** Numbers: the smallest and largest value allowed (from `integer[1..4]` in the header). */
  min?: number;
  max?: number;
  description: string;
}

/** Where a query comes from: the shipped library in cypher/queries, or a user's saved query on this server. */
export type QuerySource = 'library' | 'saved';

export interface QueryDefinition {
  /** The query's name, a slug: lower-case letters, digits and hyphens. */
  name: string;
  title: string;
  description: string;
  params: QueryParam[];
  result: ResultKind;
  /** The Cypher text (without the header). */
  cypher: string;
  source: QuerySource;
  /** The file it was read from. */
  file?: string;
}

/** What running a query returns, over the API and to the CLI. */
export interface QueryRunResult {
  columns: string[];
  /** One array of plain values per record, in column order; at most `limits.maxRows`. */
  rows: unknown[][];
  /** Every node and relationship found in the rows; at most `limits.maxNodes` nodes. */
  subgraph: Subgraph;
  /** The query's preferred presentation (`table` for ad-hoc Cypher that returns no nodes). */
  result: ResultKind;
  truncated: { rows: boolean; nodes: boolean };
  limits: { maxRows: number; maxNodes: number; timeoutMs: number };
  elapsedMs: number;
}

/** A user's saved query as sent to and from the API. */
export interface SavedQueryInput {
  title: string;
  description?: string;
  cypher: string;
  result?: ResultKind;
  params?: QueryParam[];
}
