/*
 * What the explorer asks Neo4j, as plain async functions over the process's GraphDatabase. Every
 * query is a file in cypher/api/, runs in a read transaction and takes its values as $parameters.
 *
 * The neighbourhood of a node is what a reader means by "who is this connected to":
 *  - its stored relationships to Entities, Events and Allegations (entity relations, participation,
 *    allegation parties);
 *  - through each Event or Allegation it is a party to, the other parties (so two states that took
 *    part in one summit are one expansion apart, and the event sits between them);
 *  - entities mentioned in the same sentence (CO_MENTIONED, derived, never stored), carrying the
 *    shared sentences and articles as provenance, like the stored relations do.
 * Candidates are ranked (direct relations first by corroboration, each followed by the parties
 * behind it, then co-mentions by shared sentences), deduplicated, and cut by skip/limit; the
 * answer says how many were left out. Depth 2 repeats this from the depth-1 neighbours.
 */
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { cypherQuery } from '../../graph-store/db/cypher-files.ts';
import { graphStats } from '../../graph-store/db/graph-stats.ts';
import path from 'node:path';
import type { PlainNode, PlainRelationship } from '../../graph-store/db/to-plain.ts';
import { NotFoundError, QueryTimeoutError } from '#model/errors.ts';
import { sharedRead } from './shared-reads.ts';
import { coMentionEdge, edgeKey, nodeKey } from '#model/subgraph.ts';
import type {
  ArticleResponse,
  EvidenceResponse,
  EvidenceSentence,
  EventsResponse,
  NeighbourhoodResponse,
  NodeDetails,
  OverviewResponse,
  PartySentence,
  SearchHit,
  SearchResponse,
  StatsResponse,
  Subgraph,
  SubgraphEdge,
  SubgraphNode,
  TimelineEvent,
} from '#model/api-types.ts';
import { CO_MENTIONED, type Filters } from '#model/filters.ts';
import { kindOf } from '#model/kinds.ts';
import { buildSearchQuery } from './lucene.ts';

/** A row of cypher/api/co-mentions.cypher: an entity mentioned in the same sentences as `from`. */
interface CoMentionRow {
  from: string;
  node: PlainNode;
  sentenceIds: string[];
  articleIds: string[];
  articleDates: string[];
}

const TIMEOUT = { timeoutMs: 10_000 };

/** The body of cypher/api/<name>.cypher, read once. */
const query = (name: string): string => cypherQuery('api', name);

/** Runs one query file (by name) and returns its records as plain objects. */
export type Reader = <T>(name: string, params: Record<string, unknown>) => Promise<T[]>;

/**
 * Runs `work` with a reader whose every query is a read transaction of its own (auto-commit: one
 * round trip). Neo4j reads at read-committed isolation either way, so a request loses nothing by not
 * sharing one transaction, and gains queries that run side by side (Promise.all) on separate
 * connections instead of one after another with a BEGIN and a COMMIT around them.
 */
export async function withReads<T>(db: GraphDatabase, work: (read: Reader) => Promise<T>): Promise<T> {
  const read: Reader = <R>(name: string, params: Record<string, unknown>) => readFile<R>(db, name, params);
  return work(read);
}

/** Runs one query file (by name) as a read with the API's time limit, joining the identical read in flight. */
async function readFile<T>(db: GraphDatabase, name: string, params: Record<string, unknown>): Promise<T[]> {
  try {
    return await sharedRead<T>(db, query(name), params, TIMEOUT);
  } catch (error) {
    throw timedOut(error);
  }
}

/**
 * A transaction Neo4j terminated (its time limit, or the runaway-query guard), as the QueryTimeout
 * error kind (504; the browser tries once more). The time limit's own codes arrive translated.
 */
function timedOut(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (!code.endsWith('.Terminated')) return error;
  return new QueryTimeoutError(
    `Neo4j took longer than ${TIMEOUT.timeoutMs / 1000} s to answer (${code}); the server may be busy. Try again.`,
    TIMEOUT.timeoutMs,
  );
}

export function toNode(node: PlainNode): SubgraphNode {
  return { key: nodeKey(node), labels: node.labels, properties: node.properties };
}

export function toEdge(rel: PlainRelationship, keyOfElement: Map<string, string>): SubgraphEdge | null {
  const source = keyOfElement.get(rel.startElementId);
  const target = keyOfElement.get(rel.endElementId);
  if (source === undefined || target === undefined) return null;
  return {
    key: edgeKey({ type: rel.type, source, target }),
    type: rel.type,
    source,
    target,
    properties: rel.properties,
  };
}

function filterParams(filters: Filters): Record<string, unknown> {
  return {
    types: filters.relTypes.length > 0 ? filters.relTypes : null,
    kinds: filters.kinds.length > 0 ? filters.kinds : null,
    from: filters.from,
    to: filters.to,
    statuses: filters.statuses.length > 0 ? filters.statuses : null,
    minArticles: Math.max(0, filters.minArticles),
    keepUndated: filters.keepUndated,
  };
}

/** Adds `articleDates` (sorted publication dates) to edges that name their articles. */
export async function addArticleDates(read: Reader, edges: SubgraphEdge[]): Promise<void> {
  const ids = new Set<string>();
  for (const e of edges)
    if (Array.isArray(e.properties.articleIds) && !e.properties.articleDates)
      e.properties.articleIds.forEach((id) => ids.add(String(id)));
  if (ids.size === 0) return;
  const rows = await read<{ id: string; publishedAt: string | null }>('article-dates', { ids: [...ids] });
  const dateOf = new Map(rows.map((r) => [r.id, r.publishedAt]));
  for (const e of edges) {
    if (!Array.isArray(e.properties.articleIds) || e.properties.articleDates) continue;
    e.properties.articleDates = e.properties.articleIds
      .map((id) => dateOf.get(String(id)))
      .filter((d): d is string => typeof d === 'string')
      .sort();
  }
}

/** Full-text search over entity names and aliases, typo-tolerant, optionally by kind. */
export async function searchEntities(
  db: GraphDatabase,
  text: string,
  kinds: string[],
  limit: number,
): Promise<SearchResponse> {
  const lucene = buildSearchQuery(text);
  if (lucene === null) return { query: text, hits: [] };
  const rows = await readFile<{ node: PlainNode; score: number }>(db, 'search-entities', {
    query: lucene,
    kinds: kinds.length > 0 ? kinds : null,
    limit,
  });
  return { query: text, hits: rows.map(({ node, score }) => searchHitOf(node, score)) };
}

/** An entity found by search, as the API answers it. */
export function searchHitOf(node: PlainNode, score: number): SearchHit {
  return {
    key: nodeKey(node),
    name: String(node.properties.name ?? nodeKey(node)),
    kind: kindOf(node.labels),
    labels: node.labels,
    aliases: Array.isArray(node.properties.aliases) ? node.properties.aliases.map(String) : [],
    mentionCount: Number(node.properties.mentionCount ?? 0),
    score,
  };
}

/** One node with its counts and parties; NotFoundError when there is none. */
export async function nodeDetails(db: GraphDatabase, key: string): Promise<NodeDetails> {
  const [row] = await readFile<{
    n: PlainNode;
    types: string[];
    sentenceCount: number;
    articleCount: number;
    outletCount: number;
    parties: {
      key: string;
      name: string;
      labels: string[];
      type: string;
      role: string | null;
      sentences: PartySentence[];
    }[];
  }>(db, 'node-details', { key });
  if (!row) throw new NotFoundError(`nodeDetails: no Entity, Event or Allegation has the id "${key}"`);
  const degree: Record<string, number> = {};
  for (const t of row.types) degree[t] = (degree[t] ?? 0) + 1;
  return {
    node: toNode(row.n),
    kind: kindOf(row.n.labels),
    degree,
    sentenceCount: row.sentenceCount,
    articleCount: row.articleCount,
    outletCount: row.outletCount,
    parties: row.parties.map((p) => ({
      key: p.key,
      name: p.name,
      kind: kindOf(p.labels),
      type: p.type,
      role: p.role ?? null,
      sentences: p.sentences,
    })),
  };
}

interface Candidate {
  node: SubgraphNode;
  edges: SubgraphEdge[];
  score: number;
  /** Parties reached through this node (an Event or Allegation). */
  through: Candidate[];
}

/** The ranked, deduplicated neighbours of `keys` (one hop, events and allegations counted as one). */
async function neighbourCandidates(read: Reader, keys: string[], filters: Filters): Promise<Candidate[]> {
  const params = filterParams(filters);
  // The stored neighbours and the co-mentions, side by side.
  const [rows, coMentions] = await Promise.all([
    read<{
      from: string;
      r: PlainRelationship;
      m: PlainNode;
      through: { rel: PlainRelationship; node: PlainNode }[];
    }>('neighbourhood', { keys, ...params }),
    params.types === null || (params.types as string[]).includes(CO_MENTIONED)
      ? read<CoMentionRow>('co-mentions', { keys, others: null, ...params })
      : Promise.resolve([]),
  ]);
  const direct = new Map<string, Candidate>();
  for (const row of rows) {
    const m = toNode(row.m);
    if (keys.includes(m.key)) continue;
    // Element ids of the centre are not returned; map the relationship's ends by what we know.
    const centreElement = row.r.startElementId === row.m.elementId ? row.r.endElementId : row.r.startElementId;
    const keyOf = new Map([
      [row.m.elementId, m.key],
      [centreElement, row.from],
    ]);
    const edge = toEdge(row.r, keyOf);
    let candidate = direct.get(m.key);
    if (!candidate) {
      candidate = { node: m, edges: [], score: 0, through: [] };
      direct.set(m.key, candidate);
    }
    if (edge && !candidate.edges.some((e) => e.key === edge.key)) candidate.edges.push(edge);
    candidate.score = Math.max(
      candidate.score,
      1000 + Number(row.r.properties.articleCount ?? m.properties.articleCount ?? 1),
    );
    for (const t of row.through) {
      const o = toNode(t.node);
      if (keys.includes(o.key) || candidate.through.some((c) => c.node.key === o.key)) continue;
      const throughEdge = toEdge(t.rel, new Map([...keyOf, [t.node.elementId, o.key]]));
      candidate.through.push({
        node: o,
        edges: throughEdge ? [throughEdge] : [],
        score: Number(t.rel.properties.articleCount ?? o.properties.mentionCount ?? 0),
        through: [],
      });
    }
  }
  for (const row of coMentions) {
    const o = toNode(row.node);
    if (keys.includes(o.key)) continue;
    const edge = coMentionEdge(row.from, o.key, row.sentenceIds, row.articleIds, row.articleDates);
    const candidate = direct.get(o.key);
    if (candidate) {
      if (!candidate.edges.some((e) => e.key === edge.key)) candidate.edges.push(edge);
    } else direct.set(o.key, { node: o, edges: [edge], score: row.sentenceIds.length, through: [] });
  }
  const ranked = [...direct.values()].sort((a, b) => b.score - a.score || a.node.key.localeCompare(b.node.key));
  for (const c of ranked) c.through.sort((a, b) => b.score - a.score || a.node.key.localeCompare(b.node.key));
  return ranked;
}

/** Flattens ranked candidates into one list of distinct nodes (each direct neighbour, then its parties). */
function flatten(candidates: Candidate[], exclude: Set<string>): Candidate[] {
  const seen = new Set(exclude);
  const out: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  const visit = (c: Candidate): void => {
    const existing = byKey.get(c.node.key);
    if (existing) {
      for (const e of c.edges) if (!existing.edges.some((x) => x.key === e.key)) existing.edges.push(e);
      return;
    }
    if (seen.has(c.node.key)) return;
    seen.add(c.node.key);
    byKey.set(c.node.key, c);
    out.push(c);
  };
  for (const c of candidates) {
    visit(c);
    c.through.forEach(visit);
  }
  return out;
}

export interface NeighbourhoodRequest {
  key: string;
  depth: 1 | 2;
  limit: number;
  skip: number;
  filters: Filters;
}

/** The neighbourhood of one node: depth 1 or 2, filtered, ranked, cut to skip/limit. */
export function neighbourhood(db: GraphDatabase, request: NeighbourhoodRequest): Promise<NeighbourhoodResponse> {
  return withReads(db, (read) => neighbourhoodIn(read, request));
}

async function neighbourhoodIn(read: Reader, request: NeighbourhoodRequest): Promise<NeighbourhoodResponse> {
  const [details, candidates] = await Promise.all([
    read<{ n: PlainNode }>('nodes-by-key', { keys: [request.key] }),
    neighbourCandidates(read, [request.key], request.filters),
  ]);
  const centre = details[0];
  if (!centre) throw new NotFoundError(`neighbourhood: no Entity, Event or Allegation has the id "${request.key}"`);
  let all = flatten(candidates, new Set([request.key]));
  if (request.depth === 2 && all.length > 0) {
    const ring = all.slice(0, 200).map((c) => c.node.key);
    const second = await neighbourCandidates(read, ring, request.filters);
    all = flatten([...all, ...second], new Set([request.key]));
  }
  const page = all.slice(request.skip, request.skip + request.limit);
  // Edges may end at the centre, at a node of this page or at one of an earlier page (already in view).
  const known = new Set([request.key, ...all.slice(0, request.skip + request.limit).map((c) => c.node.key)]);
  const edges = new Map<string, SubgraphEdge>();
  for (const c of page) for (const e of c.edges) if (known.has(e.source) && known.has(e.target)) edges.set(e.key, e);
  const subgraph: Subgraph = { nodes: [toNode(centre.n), ...page.map((c) => c.node)], edges: [...edges.values()] };
  await addArticleDates(read, subgraph.edges);
  return {
    subgraph,
    centre: request.key,
    depth: request.depth,
    total: all.length,
    returned: page.length,
    skip: request.skip,
    leftOut: Math.max(0, all.length - request.skip - page.length),
  };
}

/**
 * The given nodes and every edge among them (stored relationships and co-mentions): to reopen a
 * view. With `among`, also the edges from them to those nodes: to connect new nodes to a view
 * without asking again about the edges already in it.
 */
export function inducedSubgraph(
  db: GraphDatabase,
  keys: string[],
  withNodes = true,
  among: string[] = [],
): Promise<Subgraph> {
  return withReads(db, (read) => inducedSubgraphIn(read, keys, withNodes, among));
}

export async function inducedSubgraphIn(
  read: Reader,
  keys: string[],
  withNodes: boolean,
  among: string[] = [],
): Promise<Subgraph> {
  const nodeRows = await read<{ n: PlainNode }>('nodes-by-key', { keys });
  const nodes = nodeRows.map((r) => toNode(r.n));
  const present = nodes.map((n) => n.key);
  const edges = new Map<string, SubgraphEdge>();
  const others = [...new Set([...present, ...among])];
  const rels = await read<{ a: PlainNode; r: PlainRelationship; b: PlainNode }>('induced-relationships', {
    keys: present,
    others,
  });
  for (const { a, r, b } of rels) {
    const edge = toEdge(
      r,
      new Map([
        [a.elementId, nodeKey(a)],
        [b.elementId, nodeKey(b)],
      ]),
    );
    if (edge) edges.set(edge.key, edge);
  }
  const entityKeys = nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.key);
  if (entityKeys.length > 0 && others.length > 1) {
    const co = await read<CoMentionRow>('co-mentions', {
      keys: entityKeys,
      others,
      types: null,
      kinds: null,
      from: null,
      to: null,
      statuses: null,
      minArticles: 0,
    });
    for (const row of co) {
      const edge = coMentionEdge(row.from, nodeKey(row.node), row.sentenceIds, row.articleIds, row.articleDates);
      edges.set(edge.key, edge);
    }
  }
  const subgraph = { nodes: withNodes ? nodes : [], edges: [...edges.values()] };
  await addArticleDates(read, subgraph.edges);
  return subgraph;
}

/** The start screen: the whole graph when it has at most `limit` nodes, else the most connected. */
export function overview(db: GraphDatabase, limit: number): Promise<OverviewResponse> {
  return withReads(db, async (read) => {
    const rows = await read<{ total: number; n: PlainNode }>('overview-nodes', { limit });
    const total = rows[0]?.total ?? 0;
    const subgraph = await inducedSubgraphIn(
      read,
      rows.map((r) => nodeKey(r.n)),
      true,
    );
    return { subgraph, whole: total <= limit, total };
  });
}

export async function evidenceFor(
  read: Reader,
  ids: string[],
  highlight: string[],
  skip: number,
  limit: number,
): Promise<EvidenceResponse> {
  if (ids.length === 0) return { sentences: [], total: 0, articleCount: 0, outletCount: 0 };
  const sentences = await read<EvidenceSentence>('evidence-sentences', { ids, highlight, skip, limit });
  for (const s of sentences) s.mentions.sort((a, b) => a.start - b.start);
  const [counts] = await read<{ articleCount: number; outletCount: number }>('evidence-corroboration', { ids });
  return {
    sentences,
    total: ids.length,
    articleCount: counts?.articleCount ?? 0,
    outletCount: counts?.outletCount ?? 0,
  };
}

/** The sentences behind a node (mentions, or SUPPORTED_BY for Events and Allegations). */
export async function nodeEvidence(
  db: GraphDatabase,
  key: string,
  skip: number,
  limit: number,
): Promise<EvidenceResponse> {
  return withReads(db, async (read) => {
    const [row] = await read<{ ids: string[]; highlight: string[] }>('evidence-ids-node', { key });
    if (!row) throw new NotFoundError(`nodeEvidence: no Entity, Event or Allegation has the id "${key}"`);
    return evidenceFor(read, row.ids, row.highlight, skip, limit);
  });
}

/** The sentences behind an edge: its sentenceIds, the shared sentences of a co-mention, or its event's. */
export async function edgeEvidence(
  db: GraphDatabase,
  edge: { source: string; target: string; type: string },
  skip: number,
  limit: number,
): Promise<EvidenceResponse> {
  const highlight = [edge.source, edge.target];
  return withReads(db, async (read) => {
    if (edge.type === CO_MENTIONED) {
      const [row] = await read<{ ids: string[] }>('evidence-ids-co-mention', edge);
      return evidenceFor(read, row?.ids ?? [], highlight, skip, limit);
    }
    const [row] = await read<{ ids: string[] }>('evidence-ids-edge', edge);
    if (!row)
      throw new NotFoundError(`edgeEvidence: no ${edge.type} relationship from "${edge.source}" to "${edge.target}"`);
    return evidenceFor(read, row.ids.map(String), highlight, skip, limit);
  });
}

/** Dated events for the timeline, oldest first. */
export async function timelineEvents(
  db: GraphDatabase,
  options: { keys: string[] | null; from: string | null; to: string | null; limit: number },
): Promise<EventsResponse> {
  const events = await readFile<TimelineEvent>(db, 'timeline-events', options);
  return { events };
}

/** Node counts by label and relationship counts by type. */
export async function stats(db: GraphDatabase): Promise<StatsResponse> {
  return graphStats(db);
}

/** One article, its metadata and its sentences in order (the source view). */
export async function articleText(db: GraphDatabase, id: string): Promise<ArticleResponse> {
  const [row] = await readFile<ArticleResponse>(db, 'article-text', { id });
  if (!row) throw new NotFoundError(`articleText: no Article has the id "${id}"`);
  // Files are named within their corpus; an older load's absolute path shows as its file name.
  const { file } = row.article;
  return typeof file === 'string' && path.isAbsolute(file)
    ? { ...row, article: { ...row.article, file: path.basename(file) } }
    : row;
}
