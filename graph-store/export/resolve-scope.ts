/*
 * From a scope description (CLI options or an API request) to a GraphSource: the one place where
 * scopes, co-mentions, evidence and the emptiness check meet, shared by `newsgraph export` and
 * /api/export, so every format of one scope holds the same nodes and edges.
 */
import type { GraphDatabase } from '../db/graph-database.ts';
import { InputError } from '#model/errors.ts';
import { CO_MENTIONED } from '#model/filters.ts';
import { baseEdgeKey, type Subgraph } from '#model/subgraph.ts';
import type { QueryRunResult } from '#model/saved-queries/types.ts';
import { findQuery, listQueries } from '../saved-queries/query-library.ts';
import { runCypher, runQuery } from '../saved-queries/run-query.ts';
import { coMentionsAmong } from './co-mentions.ts';
import {
  MAX_SUBGRAPH_NODES,
  allScope,
  assertNotEmpty,
  keysScope,
  nodeScope,
  subgraphSource,
  withEvidence,
} from './scopes.ts';
import type { GraphSource, NodeViz } from '#model/export/types.ts';

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'node'; id: string; depth: number }
  | { kind: 'query'; name: string; params: Record<string, unknown> }
  /** Ad-hoc read-only Cypher (the Queries panel's editor): its graph result. */
  | { kind: 'cypher'; query: string; params: Record<string, unknown> }
  /**
   * Nodes by key, with the relationships between them: the explorer's view or selection. With
   * `edges`, only the edges with those keys (what the view draws, after its filters).
   */
  | { kind: 'keys'; keys: string[]; name: 'view' | 'selection'; edges?: string[] };

export interface ResolveOptions {
  withEvidence?: boolean;
  /** The derived co-mention edges among the scope's entities: included, or left out, the same way in every format. */
  coMentions?: boolean;
  /** Positions, colours and sizes by node key (the explorer's view). */
  viz?: Map<string, NodeViz>;
}

const EXPORT_LIMITS = { limits: { maxRows: MAX_SUBGRAPH_NODES * 2, maxNodes: MAX_SUBGRAPH_NODES } };

/** A query's graph result, refused when the export limits cut it short. */
function wholeResult(result: QueryRunResult, what: string): Subgraph {
  if (result.truncated.rows || result.truncated.nodes) {
    throw new InputError(
      `${what} returns more than the export limit (${MAX_SUBGRAPH_NODES} nodes); narrow its parameters, or export everything with --all`,
    );
  }
  return result.subgraph;
}

/** A saved (or library) query's graph result, or an ad-hoc query's, read-only through the queries runner. */
async function querySubgraph(
  db: GraphDatabase,
  scope: Extract<ExportScope, { kind: 'query' | 'cypher' }>,
): Promise<Subgraph> {
  if (scope.kind === 'cypher')
    return wholeResult(await runCypher(db, scope.query, scope.params, EXPORT_LIMITS), 'the query');
  const query = findQuery(scope.name, listQueries());
  return wholeResult(await runQuery(db, query, scope.params, EXPORT_LIMITS), `saved query "${scope.name}"`);
}

/** The subgraph of a bounded scope, with its co-mentions when asked, cut to the given edges when named. */
async function boundedSubgraph(
  db: GraphDatabase,
  scope: Exclude<ExportScope, { kind: 'all' }>,
  coMentions: boolean,
): Promise<Subgraph> {
  let subgraph: Subgraph;
  if (scope.kind === 'node') subgraph = await nodeScope(db, scope.id, scope.depth);
  else if (scope.kind === 'keys')
    subgraph = scope.keys.length === 0 ? { nodes: [], edges: [] } : await keysScope(db, scope.keys);
  else subgraph = await querySubgraph(db, scope);
  if (coMentions) subgraph = { ...subgraph, edges: [...subgraph.edges, ...(await coMentionsAmong(db, subgraph))] };
  else subgraph = { ...subgraph, edges: subgraph.edges.filter((e) => e.type !== CO_MENTIONED) };
  if (scope.kind === 'keys' && scope.edges) {
    const wanted = new Set(scope.edges);
    subgraph = { ...subgraph, edges: subgraph.edges.filter((e) => wanted.has(baseEdgeKey(e.key))) };
  }
  return subgraph;
}

/** The scope's short name, for file names: all, node-<id>, query-<name>, view, selection. */
export function scopeName(scope: ExportScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all';
    case 'node':
      return `node-${scope.id}`;
    case 'query':
      return `query-${scope.name}`;
    case 'cypher':
      return 'query';
    case 'keys':
      return scope.name;
  }
}

function describe(scope: ExportScope): string {
  switch (scope.kind) {
    case 'all':
      return 'The database';
    case 'node':
      return `The neighbourhood of "${scope.id}"`;
    case 'query':
      return `The graph result of saved query "${scope.name}" (a table-only result exports nothing)`;
    case 'cypher':
      return 'The graph result of the query (a table-only result exports nothing)';
    case 'keys':
      return `The ${scope.name}`;
  }
}

/** The scope as a GraphSource; throws UnknownNodeError, EmptyScopeError or UsageError. */
export async function resolveScope(
  db: GraphDatabase,
  scope: ExportScope,
  options: ResolveOptions = {},
): Promise<GraphSource> {
  const name = scopeName(scope);
  let source: GraphSource;
  if (scope.kind === 'all') {
    // The whole graph already holds every Article and Sentence: evidence adds nothing.
    source = allScope(db, undefined, options.coMentions === true);
  } else {
    let subgraph = await boundedSubgraph(db, scope, options.coMentions === true);
    if (options.withEvidence && subgraph.nodes.length > 0) subgraph = await withEvidence(db, subgraph);
    source = subgraphSource(subgraph, name, db, options.viz);
  }
  await assertNotEmpty(source, describe(scope));
  return source;
}
