/*
 * From a scope description (CLI options or an API request) to a GraphSource: the one place where
 * scopes, evidence and the emptiness check meet, shared by `newsgraph export` and /api/export.
 */
import type { GraphDatabase } from '../db/graph-database.ts';
import { InputError } from '#model/errors.ts';
import type { Subgraph } from '#model/subgraph.ts';
import { findQuery, listQueries } from '../saved-queries/query-library.ts';
import { runQuery } from '../saved-queries/run-query.ts';
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
  | { kind: 'query'; name: string; params: Record<string, string> }
  /** Nodes by key, with the relationships between them: the explorer's view or selection. */
  | { kind: 'keys'; keys: string[]; name: 'view' | 'selection' };

export interface ResolveOptions {
  withEvidence?: boolean;
  /** Positions, colours and sizes by node key (the explorer's view). */
  viz?: Map<string, NodeViz>;
}

/** A saved (or library) query's graph result, read-only through the queries runner, with export-sized limits. */
async function savedQuerySubgraph(db: GraphDatabase, name: string, params: Record<string, string>): Promise<Subgraph> {
  const query = findQuery(name, listQueries());
  const result = await runQuery(db, query, params, {
    limits: { maxRows: MAX_SUBGRAPH_NODES * 2, maxNodes: MAX_SUBGRAPH_NODES },
  });
  if (result.truncated.rows || result.truncated.nodes) {
    throw new InputError(
      `saved query "${name}" returns more than the export limit (${MAX_SUBGRAPH_NODES} nodes); narrow its parameters, or export everything with --all`,
    );
  }
  return result.subgraph;
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
    source = allScope(db);
  } else {
    let subgraph: Subgraph;
    if (scope.kind === 'node') subgraph = await nodeScope(db, scope.id, scope.depth);
    else if (scope.kind === 'keys') {
      if (scope.keys.length === 0) subgraph = { nodes: [], edges: [] };
      else subgraph = await keysScope(db, scope.keys);
    } else subgraph = await savedQuerySubgraph(db, scope.name, scope.params);
    if (options.withEvidence && subgraph.nodes.length > 0) subgraph = await withEvidence(db, subgraph);
    source = subgraphSource(subgraph, name, db, options.viz);
  }
  await assertNotEmpty(source, describe(scope));
  return source;
}
