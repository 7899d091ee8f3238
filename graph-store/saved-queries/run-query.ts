/*
 * The read-only runner. Every query from the UI, the API and the CLI goes through runReadOnly: a READ
 * session and one transaction, never retried (GraphDatabase.executeReadOnce), the plan guard first (read-only-guard.ts),
 * then the query with a time limit, reading at most maxRows records and keeping at most maxNodes
 * nodes. User values reach Cypher only as parameters.
 */
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { TIMEOUT_CODES, type GraphDatabase } from '../db/graph-database.ts';
import { toPlain } from '../db/to-plain.ts';
import type { Subgraph } from '#model/subgraph.ts';
import { subgraphFromValues } from '../db/subgraph-from-values.ts';
import { WriteRefusedError, NewsgraphError } from '#model/errors.ts';
import { CypherError, QueryParamError, QueryTimeoutError } from '#model/errors.ts';
import { retryKind } from '../db/retry-policy.ts';
import { cypherQuery } from '../db/cypher-files.ts';
import { assertReadOnly } from './read-only-guard.ts';
import { coerceParams } from '#model/saved-queries/params.ts';
import type {
  ParamValue,
  QueryDefinition,
  QueryParam,
  QueryRunResult,
  ResultKind,
} from '#model/saved-queries/types.ts';

export interface RunLimits {
  maxRows: number;
  maxNodes: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: RunLimits = { maxRows: 1000, maxNodes: 500, timeoutMs: 10_000 };

function positiveInteger(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`defaultLimits: ${name} must be a whole number above 0, not "${text}"`);
  return value;
}

/** The limits from the environment (NEWSGRAPH_QUERY_TIMEOUT_MS, _MAX_ROWS, _MAX_NODES), else the defaults. */
export function defaultLimits(env: NodeJS.ProcessEnv = process.env): RunLimits {
  return {
    timeoutMs:
      positiveInteger(env.NEWSGRAPH_QUERY_TIMEOUT_MS, 'NEWSGRAPH_QUERY_TIMEOUT_MS') ?? DEFAULT_LIMITS.timeoutMs,
    maxRows: positiveInteger(env.NEWSGRAPH_QUERY_MAX_ROWS, 'NEWSGRAPH_QUERY_MAX_ROWS') ?? DEFAULT_LIMITS.maxRows,
    maxNodes: positiveInteger(env.NEWSGRAPH_QUERY_MAX_NODES, 'NEWSGRAPH_QUERY_MAX_NODES') ?? DEFAULT_LIMITS.maxNodes,
  };
}

/** Converts plain values for the driver: whole numbers become Neo4j integers (so `LIMIT $n` works). */
export function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverValue(v)]));
  return value;
}

/** Driver values for declared parameters: integers as Neo4j integers, floats as floats. */
function declaredDriverParams(params: QueryParam[], values: Record<string, ParamValue>): Record<string, unknown> {
  const types = new Map(params.map((p) => [p.name, p.type]));
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      types.get(name) === 'integer' && typeof value === 'number' ? neo4j.int(value) : value,
    ]),
  );
}

/**
 * Turns a driver error into one of newsgraph's: a time-out, a refusal, or Neo4j's complaint about the
 * query. None of these is retried by the driver; connection failures are left as they are.
 */
function translateRunError(error: unknown, timeoutMs: number, started: number): unknown {
  const code = (error as { code?: string }).code ?? '';
  // Past the limit, a terminated transaction or a connection the runaway-query watchdog closed is the limit at work.
  const endedAtLimit =
    Date.now() - started >= timeoutMs && (code.endsWith('.Terminated') || retryKind(error) === 'unavailable');
  if (error instanceof QueryTimeoutError || TIMEOUT_CODES.has(code) || endedAtLimit) {
    return new QueryTimeoutError(
      `The query ran longer than its time limit of ${timeoutMs / 1000} s and was stopped. Narrow it (a LIMIT, a smaller depth), or raise the limit (--timeout, NEWSGRAPH_QUERY_TIMEOUT_MS).`,
      timeoutMs,
    );
  }
  if (error instanceof NewsgraphError) return error;
  if (retryKind(error) === 'unavailable' && /closed by server/i.test((error as Error).message ?? '')) {
    return new CypherError(
      'Neo4j closed the connection while the query ran: it stopped the query for using too much memory, or Neo4j went down.',
      'newsgraph.QueryStopped',
    );
  }
  if (code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand') {
    return new WriteRefusedError(
      'Refused: user queries are read-only, and administration commands manage users and databases. The database is unchanged.',
    );
  }
  const message = ((error as Error).message ?? '').trim().split('\n').slice(0, 3).join(' ').trim();
  if (code.startsWith('Neo.ClientError.') || code.startsWith('Neo.DatabaseError.Statement')) {
    return new CypherError(`Neo4j rejected the query: ${message} (${code})`, code);
  }
  if (code.startsWith('Neo.TransientError.') || code.startsWith('Neo.DatabaseError.')) {
    return new CypherError(`Neo4j could not finish the query: ${message} (${code})`, code);
  }
  return error;
}

/** Keeps the first maxNodes nodes (in the order found) and the edges between them. */
export function capSubgraph(subgraph: Subgraph, maxNodes: number): { subgraph: Subgraph; truncated: boolean } {
  if (subgraph.nodes.length <= maxNodes) return { subgraph, truncated: false };
  const nodes = subgraph.nodes.slice(0, maxNodes);
  const keys = new Set(nodes.map((n) => n.key));
  return {
    subgraph: { nodes, edges: subgraph.edges.filter((e) => keys.has(e.source) && keys.has(e.target)) },
    truncated: true,
  };
}

export interface RunOptions {
  limits?: Partial<RunLimits>;
  /** The preferred presentation; ad-hoc Cypher gets 'graph' when it returns nodes, else 'table'. */
  result?: ResultKind;
}

/**
 * Runs Cypher read-only with driver-ready parameters. Throws WriteRefusedError (the plan would write),
 * QueryTimeoutError, CypherError (Neo4j rejected the text) or DatabaseUnavailableError.
 */
export async function runReadOnly(
  db: GraphDatabase,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions = {},
): Promise<QueryRunResult> {
  const limits: RunLimits = { ...defaultLimits(), ...options.limits };
  const started = Date.now();
  let outcome: { columns: string[]; records: Neo4jRecord[]; truncated: boolean };
  try {
    outcome = await db.executeReadOnce(
      async (tx) => {
        try {
          await assertReadOnly(tx, cypher, params);
          const result = tx.run(cypher, params);
          const columns = await result.keys();
          const records: Neo4jRecord[] = [];
          let truncated = false;
          for await (const record of result) {
            if (records.length >= limits.maxRows) {
              truncated = true;
              break;
            }
            records.push(record);
          }
          return { columns: [...columns], records, truncated };
        } catch (error) {
          // A user query is never run again (executeReadOnce): one that ran into its limit, failed or
          // lost its connection ends here with one of newsgraph's errors.
          throw translateRunError(error, limits.timeoutMs, started);
        }
      },
      { timeoutMs: limits.timeoutMs },
    );
  } catch (error) {
    throw translateRunError(error, limits.timeoutMs, started);
  }
  const values = outcome.records.map((record) => outcome.columns.map((column) => record.get(column)));
  const capped = capSubgraph(subgraphFromValues(values), limits.maxNodes);
  return {
    columns: outcome.columns,
    rows: values.map((row) => row.map(toPlain)),
    subgraph: capped.subgraph,
    result: options.result ?? (capped.subgraph.nodes.length > 0 ? 'graph' : 'table'),
    truncated: { rows: outcome.truncated, nodes: capped.truncated },
    limits,
    elapsedMs: Date.now() - started,
  };
}

/** An entity id looks like `kind:slug` (state:ru, person:kim-jong-un). */
const ENTITY_ID = /^[a-z]+:\S+$/;

/**
 * Entity parameters given as a name ("Vladimir Putin", "North Korean") become the id of the entity
 * of that name or alias; a name that matches none is a QueryParamError.
 */
export async function resolveEntityParams(
  db: GraphDatabase,
  query: QueryDefinition,
  values: Record<string, ParamValue>,
): Promise<Record<string, ParamValue>> {
  const resolved = { ...values };
  for (const param of query.params) {
    const value = values[param.name];
    if (param.type !== 'entity' || typeof value !== 'string' || ENTITY_ID.test(value)) continue;
    const [hit] = await db.read<{ id: string }>(cypherQuery('queries/support', 'resolve-entity'), {
      name: value,
    });
    if (!hit) {
      throw new QueryParamError(
        `query "${query.name}": no entity is called "${value}" (parameter "${param.name}"); give a name or alias as the graph writes it, or an id such as state:ru ("newsgraph query most-mentioned-actors" lists some).`,
      );
    }
    resolved[param.name] = hit.id;
  }
  return resolved;
}

/** Runs a library or saved query with the given (unchecked) parameter values; entity names become ids. */
export async function runQuery(
  db: GraphDatabase,
  query: QueryDefinition,
  given: Record<string, unknown>,
  options: Omit<RunOptions, 'result'> = {},
): Promise<QueryRunResult> {
  const values = await resolveEntityParams(db, query, coerceParams(query.name, query.params, given));
  return runReadOnly(db, query.cypher, declaredDriverParams(query.params, values), {
    ...options,
    result: query.result,
  });
}

/**
 * Runs ad-hoc Cypher with JSON parameter values (text typed by a user goes through inferParamValue
 * first). Whole numbers become Neo4j integers.
 */
export async function runCypher(
  db: GraphDatabase,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions = {},
): Promise<QueryRunResult> {
  if (cypher.trim() === '') throw new CypherError('There is no query to run.', 'newsgraph.EmptyQuery');
  return runReadOnly(db, cypher, toDriverValue(params) as Record<string, unknown>, options);
}
