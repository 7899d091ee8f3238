/*
 * Scope resolvers: what to export, as a GraphSource.
 *   nodeScope      a node and its neighbourhood to a depth (breadth-first, one read per hop)
 *   keysScope      given nodes and the relationships between them (the explorer's view or selection)
 *   subgraphScope  a Subgraph already in hand (a saved query's result)
 *   allScope       the whole graph, paged with internal-id cursors so it is never held in memory
 * `withEvidence` adds the sentences and articles behind a bounded subgraph as Sentence and Article nodes.
 */
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../db/graph-database.ts';
import { toPlain, type PlainNode } from '../db/to-plain.ts';
import { EmptyScopeError, InputError, UnknownNodeError, UsageError } from '#model/errors.ts';
import { keyEdges, nodeKey, nodeKeyOf, type Subgraph } from '#model/subgraph.ts';
import { subgraphFromValues } from '../db/subgraph-from-values.ts';
import { cypherQuery } from '../db/cypher-files.ts';
import type { CitedArticle, ExportEdge, ExportNode, GraphSource, NodeViz } from '#model/export/types.ts';

/** The largest bounded subgraph (node and depth, keys, query) an export holds in memory; --all has no limit. */
export const MAX_SUBGRAPH_NODES = 50_000;
export const MAX_DEPTH = 6;
const PAGE_SIZE = 2_000;
/** The body of cypher/export/<name>.cypher. */
const query = (name: string): string => cypherQuery('export', name);
const LOOKUP_BATCH = 1_000;

/** Title, outlet, date and URL of articles, read in batches. */
export function articleLookup(db: GraphDatabase | undefined): (ids: string[]) => Promise<CitedArticle[]> {
  return async (ids) => {
    if (!db) return [];
    const found: CitedArticle[] = [];
    for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
      found.push(...(await db.read<CitedArticle>(query('article-details'), { ids: ids.slice(i, i + LOOKUP_BATCH) })));
    }
    return found;
  };
}

/** A source over a subgraph in memory (bounded scopes), with view positions where given. */
export function subgraphSource(
  subgraph: Subgraph,
  scopeName: string,
  db?: GraphDatabase,
  viz?: Map<string, NodeViz>,
): GraphSource {
  const labelsOf = new Map(subgraph.nodes.map((n) => [n.key, n.labels]));
  return {
    scopeName,
    async *nodes(): AsyncIterable<ExportNode> {
      for (const node of subgraph.nodes) {
        const v = viz?.get(node.key);
        yield v ? { ...node, viz: v } : node;
      }
    },
    async *edges(): AsyncIterable<ExportEdge> {
      for (const edge of subgraph.edges)
        yield { ...edge, sourceLabels: labelsOf.get(edge.source), targetLabels: labelsOf.get(edge.target) };
    },
    articles: articleLookup(db),
  };
}

/** Both subgraphs' nodes and edges, once each (by key). */
export function mergeSubgraphs(a: Subgraph, b: Subgraph): Subgraph {
  const nodes = new Map(a.nodes.map((n) => [n.key, n]));
  for (const n of b.nodes) if (!nodes.has(n.key)) nodes.set(n.key, n);
  const edges = new Map(a.edges.map((e) => [e.key, e]));
  for (const e of b.edges) if (!edges.has(e.key)) edges.set(e.key, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

async function readValues(db: GraphDatabase, cypher: string, params: Record<string, unknown>): Promise<unknown[]> {
  const result = await db.readResult(cypher, params);
  return result.records.map((record) => record.toObject());
}

async function findNode(db: GraphDatabase, id: string): Promise<PlainNode> {
  for (const lookup of ['find-node-by-id', 'find-node-any']) {
    const [row] = await db.read<{ n: PlainNode }>(query(lookup), { id });
    if (row) return row.n;
  }
  throw new UnknownNodeError(id);
}

function checkSize(count: number, what: string): void {
  if (count > MAX_SUBGRAPH_NODES) {
    throw new InputError(
      `${what} holds more than ${MAX_SUBGRAPH_NODES} nodes; export less, or export everything with --all`,
    );
  }
}

/** The relationships between the given nodes, as a Subgraph with them. */
async function induced(db: GraphDatabase, nodes: Map<string, PlainNode>): Promise<Subgraph> {
  const ids = [...nodes.keys()];
  const values: unknown[] = [...nodes.values()].map((n) => ({ n }));
  values.push(...(await readValues(db, query('induced-relationships'), { ids })));
  return subgraphFromValues(values);
}

/** `--node <id> --depth N`: the node and everything within N hops (not through Articles or Sentences, unless it is one). */
export async function nodeScope(db: GraphDatabase, id: string, depth: number): Promise<Subgraph> {
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH)
    throw new UsageError(`--depth must be a whole number from 0 to ${MAX_DEPTH}, not "${depth}"`);
  const start = await findNode(db, id);
  const evidenceNodes = start.labels.includes('Article') || start.labels.includes('Sentence');
  const nodes = new Map<string, PlainNode>([[start.elementId, start]]);
  let frontier = [start.elementId];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const rows = await db.read<{ m: PlainNode }>(query('neighbours'), { frontier, evidenceNodes });
    frontier = [];
    for (const { m } of rows) {
      if (nodes.has(m.elementId)) continue;
      nodes.set(m.elementId, m);
      frontier.push(m.elementId);
    }
    checkSize(nodes.size, `The neighbourhood of "${id}" to depth ${depth}`);
  }
  return induced(db, nodes);
}

/** Given nodes (by key) and the relationships between them; keys that match no node are named in the error. */
export async function keysScope(db: GraphDatabase, keys: string[]): Promise<Subgraph> {
  checkSize(keys.length, 'The selection');
  const rows = await db.read<{ n: PlainNode }>(query('nodes-by-keys'), { keys });
  const nodes = new Map(rows.map(({ n }) => [n.elementId, n]));
  const found = new Set([...nodes.values()].map((n) => nodeKey(n)).concat([...nodes.keys()]));
  const missing = keys.filter((k) => !found.has(k));
  if (missing.length > 0) {
    throw new UnknownNodeError(
      missing.length === 1
        ? missing[0]!
        : `${missing.slice(0, 5).join('", "')}"${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`,
    );
  }
  return induced(db, nodes);
}

/**
 * Adds the evidence behind a subgraph: for Events and Allegations their supporting sentences and
 * reporting articles; for entities the sentences that mention them; for relationships the sentences
 * and articles named in their `sentenceIds` and `articleIds`; and the article of every sentence.
 */
export async function withEvidence(db: GraphDatabase, subgraph: Subgraph): Promise<Subgraph> {
  const keys = subgraph.nodes.map((n) => n.key);
  const values: unknown[] = [];
  values.push(...(await readValues(db, query('fact-evidence'), { keys })));
  values.push(...(await readValues(db, query('mention-evidence'), { keys })));
  let merged = mergeSubgraphs(subgraph, subgraphFromValues(values));
  const sentenceIds = new Set<string>();
  const articleIds = new Set<string>();
  for (const node of merged.nodes) if (node.labels.includes('Sentence')) sentenceIds.add(node.key);
  for (const edge of merged.edges) {
    for (const id of asStrings(edge.properties.sentenceIds)) sentenceIds.add(id);
    for (const id of asStrings(edge.properties.articleIds)) articleIds.add(id);
  }
  checkSize(merged.nodes.length + sentenceIds.size, 'The scope with its evidence');
  const more: unknown[] = [];
  const sentenceList = [...sentenceIds];
  for (let i = 0; i < sentenceList.length; i += LOOKUP_BATCH) {
    more.push(
      ...(await readValues(db, query('sentences-with-articles'), {
        sentenceIds: sentenceList.slice(i, i + LOOKUP_BATCH),
      })),
    );
  }
  if (articleIds.size > 0)
    more.push(...(await readValues(db, query('articles-by-id'), { articleIds: [...articleIds] })));
  merged = mergeSubgraphs(merged, subgraphFromValues(more));
  // Evidence sentences that mention entities in scope: those MENTIONS came with MENTION_EVIDENCE.
  return merged;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A row of the whole-graph relationship page: the relationship and its ends' ids. */
interface RelationshipRow {
  type: string;
  properties: Record<string, unknown>;
  sourceId: unknown;
  sourceElementId: string;
  sourceLabels: string[];
  targetId: unknown;
  targetElementId: string;
  targetLabels: string[];
}

/** `--all`: every node and relationship, read a page at a time. */
export function allScope(db: GraphDatabase, pageSize = PAGE_SIZE): GraphSource {
  const limit = neo4j.int(pageSize);
  return {
    scopeName: 'all',
    async *nodes(): AsyncIterable<ExportNode> {
      let after = neo4j.int(-1);
      for (;;) {
        const result = await db.readResult(query('all-nodes-page'), { after, limit });
        for (const record of result.records) {
          const node = toPlain(record.get('n')) as PlainNode;
          yield { key: nodeKey(node), labels: node.labels, properties: node.properties };
        }
        if (result.records.length < pageSize) return;
        after = result.records[result.records.length - 1]!.get('cursor');
      }
    },
    async *edges(): AsyncIterable<ExportEdge> {
      let after = neo4j.int(-1);
      for (;;) {
        const result = await db.readResult(query('all-relationships-page'), { after, limit });
        const starts = new Set<string>();
        const page: Omit<ExportEdge, 'key'>[] = [];
        for (const record of result.records) {
          starts.add(String(record.get('cursor')));
          if (record.get('type') === null) continue;
          const row = toPlain(record.toObject()) as RelationshipRow;
          page.push({
            type: row.type,
            source: nodeKeyOf(row.sourceId, row.sourceElementId),
            target: nodeKeyOf(row.targetId, row.targetElementId),
            properties: row.properties,
            sourceLabels: row.sourceLabels,
            targetLabels: row.targetLabels,
          });
        }
        // Every relationship of a start node is in the same page, so repeats are numbered within it.
        yield* keyEdges(page);
        if (starts.size < pageSize) return;
        after = result.records[result.records.length - 1]!.get('cursor');
      }
    },
    articles: articleLookup(db),
  };
}

/** Throws EmptyScopeError when the source has no node. */
export async function assertNotEmpty(source: GraphSource, what: string): Promise<void> {
  const nodes = source.nodes()[Symbol.asyncIterator]();
  const first = await nodes.next();
  await nodes.return?.();
  if (!first.done) return;
  throw new EmptyScopeError(`${what} holds no nodes; nothing was exported and no file was written`);
}
