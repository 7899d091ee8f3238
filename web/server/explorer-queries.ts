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
import { CO_MENTIONED, dateRangeSet, type Filters } from '#model/filters.ts';
import { kindOf } from '#model/kinds.ts';
import { HUB_DEGREE } from '#model/graph-model.ts';
import { buildSearchQuery } from './lucene.ts';

/** A row of cypher/api/co-mentions.cypher: an entity mentioned in the same sentences as `from`. */
interface CoMentionRow {
  from: string;
  /** The id of the other entity. */
  key: string;
  /** The other entity; null past the pairs asked for with their nodes. */
  node: PlainNode | null;
  sentenceCount: number;
  /** False past the pairs asked for in detail: the lists below are then empty. */
  detailed: boolean;
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

/**
 * Properties the server keeps to itself: a hub's stored ranking of its neighbours (graph-store/db/neighbour-ranking.ts),
 * and the ids of the latest loads that wrote a node and the last of them (what's new since a load is asked of /api/loads instead).
 */
const SERVER_ONLY = new Set(['topNeighbours', 'topScores', 'loads', 'lastLoad']);

export function toNode(node: PlainNode): SubgraphNode {
  const properties: Record<string, unknown> = {};
  for (const name of Object.keys(node.properties)) if (!SERVER_ONLY.has(name)) properties[name] = node.properties[name];
  return { key: nodeKey(node), labels: node.labels, properties };
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
    // No filter keeps any relationship out (undated events matter only within a date range).
    unfiltered:
      filters.relTypes.length === 0 &&
      filters.kinds.length === 0 &&
      !dateRangeSet(filters) &&
      filters.statuses.length === 0 &&
      filters.minArticles <= 0,
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

/**
 * Full-text search over entity names and aliases, optionally by kind: the words as typed and as
 * prefixes; only when they find nothing, the typo-tolerant query (over a large graph a word's
 * edit-distance expansions match thousands of terms, all scored, so it is not run for every search).
 */
export async function searchEntities(
  db: GraphDatabase,
  text: string,
  kinds: string[],
  limit: number,
): Promise<SearchResponse> {
  const strict = buildSearchQuery(text, false);
  if (strict === null) return { query: text, hits: [] };
  const search = (query: string) =>
    readFile<PlainNode & { score: number }>(db, 'search-entities', {
      query,
      kinds: kinds.length > 0 ? kinds : null,
      limit,
    });
  let rows = await search(strict);
  const fuzzy = buildSearchQuery(text);
  if (rows.length === 0 && fuzzy !== null && fuzzy !== strict) rows = await search(fuzzy);
  return { query: text, hits: rows.map(({ score, ...node }) => searchHitOf(node, score)) };
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
  /** Its co-mention edge to the centre is still to be read (it was ranked below the pairs read in detail). */
  pending?: boolean;
}

/** A relationship with the publication dates of the articles behind it. */
interface DatedRelationship {
  rel: PlainRelationship;
  /** Null when not asked for (addArticleDates then adds them to the edges kept). */
  dates: (string | null)[] | null;
}

/** A row of cypher/api/neighbourhood.cypher: one of the best stored neighbours `m` of the node `from`. */
interface NeighbourRow {
  from: string;
  /** On the first row of each node `from`, the node itself; else null. */
  centre: PlainNode | null;
  /** How many distinct neighbours `from` has (passing the filters); for a hub, its relationship count. */
  neighbours: number;
  /** False for a hub: only its best neighbours are read, and `neighbours` is an estimate. */
  exact: boolean;
  m: PlainNode;
  rels: DatedRelationship[];
  /** The parties behind `m`, each with its own relationships to `from` (when it is a neighbour too). */
  through: (DatedRelationship & { node: PlainNode; direct: DatedRelationship[] })[];
  /**
   * On the first row of a centre read exactly, the ids of its neighbours ranked past `perCentre`
   * and of the parties behind them (so that the total is exact); otherwise empty.
   */
  rest: string[];
}

/** The ranked neighbours of some nodes, read `perCentre` at most from each. */
interface Neighbours {
  ranked: Candidate[];
  /** The most neighbours any one hub has, estimated (0 without a hub). */
  most: number;
  /** Whether some centre has more neighbours than were read (`ranked` then holds its best only). */
  cut: boolean;
  /** The ids of the neighbours (and parties behind them) of centres read exactly, ranked past the page. */
  rest: Set<string>;
  /** The ids of the entities co-mentioned with a centre that were not read (ranked past the page). */
  unread: Set<string>;
  /** The centres that have a neighbour, as read with them. */
  centres: PlainNode[];
}

/** Relationships (besides provenance) past which a node is a hub: ranked from the best neighbours it stores. */
const DENSE = HUB_DEGREE;
/** The most co-mentioned entities read for one node. */
const CO_MENTIONS_CAP = 5_000;

/** A ranking's order: highest score first, then by key (code point order, as Cypher's ORDER BY). */
function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.node.key < b.node.key ? -1 : a.node.key > b.node.key ? 1 : 0);
}

/** The edge of a stored relationship with its articles' dates, or null when an end is unknown. */
function datedEdge({ rel, dates }: DatedRelationship, keyOf: Map<string, string>): SubgraphEdge | null {
  const edge = toEdge(rel, keyOf);
  if (edge && dates && Array.isArray(rel.properties.articleIds))
    edge.properties = { ...edge.properties, articleDates: dates.filter((d) => typeof d === 'string').sort() };
  return edge;
}

/** The keys of the two ends of a relationship between `node` (whose key is `key`) and the centre `centre`. */
function endsOf({ rel }: DatedRelationship, node: PlainNode, key: string, centre: string): Map<string, string> {
  const centreElement = rel.startElementId === node.elementId ? rel.endElementId : rel.startElementId;
  return new Map([
    [node.elementId, key],
    [centreElement, centre],
  ]);
}

/** The candidate of each stored neighbour row, with its edges and the parties behind it. */
function storedCandidates(rows: NeighbourRow[], keys: string[]): Map<string, Candidate> {
  const direct = new Map<string, Candidate>();
  for (const row of rows) {
    const m = toNode(row.m);
    if (keys.includes(m.key)) continue;
    // Element ids of the centre are not returned; map each relationship's ends by what we know.
    let candidate = direct.get(m.key);
    if (!candidate) {
      candidate = { node: m, edges: [], score: 0, through: [] };
      direct.set(m.key, candidate);
    }
    for (const dated of row.rels) {
      const edge = datedEdge(dated, endsOf(dated, row.m, m.key, row.from));
      if (edge && !candidate.edges.some((e) => e.key === edge.key)) candidate.edges.push(edge);
      candidate.score = Math.max(
        candidate.score,
        1000 + Number(dated.rel.properties.articleCount ?? m.properties.articleCount ?? 1),
      );
    }
    for (const t of row.through) {
      const o = toNode(t.node);
      if (keys.includes(o.key) || candidate.through.some((c) => c.node.key === o.key)) continue;
      const throughEdge = datedEdge(
        t,
        new Map([
          [row.m.elementId, m.key],
          [t.node.elementId, o.key],
        ]),
      );
      candidate.through.push({
        node: o,
        edges: [throughEdge, ...t.direct.map((d) => datedEdge(d, endsOf(d, t.node, o.key, row.from)))].filter(
          (e): e is SubgraphEdge => e !== null,
        ),
        score: Number(t.rel.properties.articleCount ?? o.properties.mentionCount ?? 0),
        through: [],
      });
    }
  }
  return direct;
}

/**
 * Adds co-mention rows (from a centre of `keys` to another entity) to the candidates: the edge joins
 * the candidate of the other entity, which is new, ranked by shared sentences, unless it is one already.
 * A row without its node (ranked too low to reach the page) only adds its key to `unread`: counted,
 * and its co-mention edge to be read should the entity reach the page as a party behind an event.
 */
function addCoMentions(
  direct: Map<string, Candidate>,
  rows: CoMentionRow[],
  keys: string[],
  unread: Set<string>,
): void {
  for (const row of rows) {
    if (keys.includes(row.key)) continue;
    const edge = row.detailed
      ? coMentionEdge(row.from, row.key, row.sentenceIds, row.articleIds, row.articleDates)
      : null;
    const candidate = direct.get(row.key);
    if (candidate) {
      if (!edge) candidate.pending = true;
      else if (!candidate.edges.some((e) => e.key === edge.key)) candidate.edges.push(edge);
    } else if (row.node)
      direct.set(row.key, {
        node: toNode(row.node),
        edges: edge ? [edge] : [],
        score: row.sentenceCount,
        through: [],
        pending: !edge,
      });
    else unread.add(row.key);
  }
}

/**
 * Adds co-mention rows asked from the other side (from a neighbour already read to a centre) to that
 * neighbour, whether it is a direct one or a party behind one (flatten() joins the edges of a node).
 */
function addCoMentionsToKnown(direct: Map<string, Candidate>, rows: CoMentionRow[]): void {
  const known = [...direct.values()].flatMap((c) => [c, ...c.through]);
  for (const row of rows) {
    const candidate = known.find((c) => c.node.key === row.from);
    const edge = coMentionEdge(row.from, row.key, row.sentenceIds, row.articleIds, row.articleDates);
    if (candidate && !candidate.edges.some((e) => e.key === edge.key)) candidate.edges.push(edge);
  }
}

/**
 * The centres ranked from their best relationships alone (hubs) that have more neighbours than were
 * read; a hub whose filters leave fewer is read whole, like any other node.
 */
function denseCentres(rows: NeighbourRow[], perCentre: number): Set<string> {
  const read = new Map<string, number>();
  for (const r of rows) if (!r.exact) read.set(r.from, (read.get(r.from) ?? 0) + 1);
  return new Set([...read].filter(([, count]) => count >= perCentre).map(([from]) => from));
}

/** How many neighbours of each centre to read, and how. */
interface CandidateReading {
  /** The best neighbours read of each centre (a hub's, or with `whole` false any centre's). */
  perCentre: number;
  /** Relationships past which a centre is a hub. */
  dense: number;
  /** Read every neighbour of a centre that is not a hub (a depth-2 ring needs them all); else its best. */
  whole: boolean;
  /** Co-mentioned pairs read in detail for each centre. */
  detailed?: number;
}

/**
 * The ranked, deduplicated neighbours of `keys` (one hop, events and allegations counted as one):
 * of a hub, its best `perCentre`; of any other centre, every one with `whole`, else its best
 * `perCentre` in full and the ids of the rest (for an exact total). Stored neighbours rank first,
 * then co-mentions; so a hub needs no co-mention ranking, only the co-mention edges to the neighbours
 * read, asked from their side (never walking every sentence that names the hub). The stored
 * neighbours and the co-mentions of all but hubs are read side by side.
 */
async function neighbourCandidates(
  read: Reader,
  keys: string[],
  filters: Filters,
  { perCentre, dense, whole, detailed = CO_MENTIONS_CAP }: CandidateReading,
): Promise<Neighbours> {
  const filter = filterParams(filters);
  // Dates for one centre's neighbours, in the same query; for a ring's, only for the page (addArticleDates).
  // Past the pairs a page can reach (twice perCentre: stored neighbours rank first), co-mentioned entities come as ids.
  const params = {
    ...filter,
    perCentre,
    dense,
    whole,
    withDates: keys.length === 1,
    nodes: whole ? null : 2 * perCentre,
  };
  const withCoMentions = filter.types === null || (filter.types as string[]).includes(CO_MENTIONED);
  const coMentionsOf = (of: string[], hubsToo: boolean) =>
    withCoMentions && of.length > 0
      ? read<CoMentionRow>('co-mentions', {
          ...params,
          keys: of,
          others: null,
          perCentre: CO_MENTIONS_CAP,
          detailed,
          dense: hubsToo ? null : dense,
        })
      : Promise.resolve([]);
  const [rows, coMentions] = await Promise.all([
    read<NeighbourRow>('neighbourhood', { keys, ...params }),
    coMentionsOf(keys, false),
  ]);
  const direct = storedCandidates(rows, keys);
  const hubs = denseCentres(rows, perCentre);
  // Skipped as hubs but wholly read (their filters left few neighbours), or unknown: ranked like any node.
  const answered = new Set([...rows.filter((r) => r.exact).map((r) => r.from), ...coMentions.map((r) => r.from)]);
  const unranked = keys.filter((k) => !hubs.has(k) && !answered.has(k));
  const [more, hubEdges] = await Promise.all([
    coMentionsOf(unranked, true),
    withCoMentions ? coMentionsToHubs(read, rows, hubs, params) : [],
  ]);
  const unread = new Set<string>();
  addCoMentions(direct, [...coMentions, ...more], keys, unread);
  addCoMentionsToKnown(direct, hubEdges);
  const capped = keys.some((k) => [...coMentions, ...more].filter((r) => r.from === k).length >= CO_MENTIONS_CAP);
  const most = Math.max(0, ...rows.filter((r) => hubs.has(r.from)).map((r) => r.neighbours));
  const rest = new Set([...rows.flatMap((r) => r.rest), ...unread]);
  const centres = rows.flatMap((r) => (r.centre ? [r.centre] : []));
  return { ranked: sortRanked(direct), most, cut: hubs.size > 0 || capped, rest, unread, centres };
}

/** The co-mention edges from the neighbours read of each hub to it, asked from the neighbours' side. */
function coMentionsToHubs(
  read: Reader,
  rows: NeighbourRow[],
  hubs: Set<string>,
  params: Record<string, unknown>,
): Promise<CoMentionRow[]> {
  const near = rows
    .filter((r) => hubs.has(r.from))
    .flatMap((r) => [nodeKey(r.m), ...r.through.map((t) => nodeKey(t.node))]);
  if (near.length === 0) return Promise.resolve([]);
  return read<CoMentionRow>('co-mentions', {
    ...params,
    keys: [...new Set(near)],
    others: [...hubs],
    kinds: null, // The kinds filter the neighbours, already read; here the far end is the hub.
    perCentre: hubs.size,
    detailed: hubs.size,
    dense: null,
    nodes: null,
  });
}

function sortRanked(direct: Map<string, Candidate>): Candidate[] {
  const ranked = [...direct.values()].sort(byScore);
  for (const c of ranked) c.through.sort(byScore);
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
      existing.pending ||= c.pending;
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
  /** Relationships (besides provenance) past which a node is ranked as a hub (default 5,000; tests lower it). */
  dense?: number;
  /** Co-mentioned pairs read in detail at depth 1 (default twice skip + limit, enough for the page; tests lower it). */
  inDetail?: number;
}

/** The neighbourhood of one node: depth 1 or 2, filtered, ranked, cut to skip/limit. */
export function neighbourhood(db: GraphDatabase, request: NeighbourhoodRequest): Promise<NeighbourhoodResponse> {
  return withReads(db, (read) => neighbourhoodIn(read, request));
}

/**
 * The co-mention edges to the centre of the page's neighbours whose pair was ranked below those read in
 * detail, asked from the neighbours' side.
 */
async function readPendingCoMentions(read: Reader, request: NeighbourhoodRequest, page: Candidate[]): Promise<void> {
  const pending = page.filter((c) => c.pending);
  if (pending.length === 0) return;
  const rows = await read<CoMentionRow>('co-mentions', {
    ...filterParams(request.filters),
    keys: pending.map((c) => c.node.key),
    others: [request.key],
    kinds: null, // The kinds filter the neighbours, already read; here the far end is the centre.
    perCentre: 1,
    detailed: 1,
    dense: null,
    nodes: null,
  });
  addCoMentionsToKnown(new Map(pending.map((c) => [c.node.key, c])), rows);
}

/** How many nodes of the first hop a depth-2 neighbourhood expands from. */
const RING = 200;

async function neighbourhoodIn(read: Reader, request: NeighbourhoodRequest): Promise<NeighbourhoodResponse> {
  const wanted = request.skip + request.limit;
  const dense = request.dense ?? DENSE;
  const first = await (request.depth === 2
    ? neighbourCandidates(read, [request.key], request.filters, {
        perCentre: Math.max(wanted, RING),
        dense,
        whole: true,
      })
    : // Co-mentions past twice the page cannot reach it (stored neighbours rank first): counted, not read in detail.
      neighbourCandidates(read, [request.key], request.filters, {
        perCentre: wanted,
        dense,
        whole: false,
        detailed: request.inDetail ?? 2 * wanted,
      }));
  // The centre comes with its neighbours; one without any is read by itself.
  const centre = first.centres[0] ?? (await read<{ n: PlainNode }>('nodes-by-key', { keys: [request.key] }))[0]?.n;
  if (!centre) throw new NotFoundError(`neighbourhood: no Entity, Event or Allegation has the id "${request.key}"`);
  let all = flatten(first.ranked, new Set([request.key]));
  let { most, cut } = first;
  if (request.depth === 2 && all.length > 0) {
    const ring = all.slice(0, RING).map((c) => c.node.key);
    const second = await neighbourCandidates(read, ring, request.filters, { perCentre: wanted, dense, whole: true });
    all = flatten([...all, ...second.ranked], new Set([request.key]));
    most = Math.max(most, second.most);
    cut ||= second.cut;
  }
  const page = all.slice(request.skip, request.skip + request.limit);
  // A party behind an event on the page may be co-mentioned with the centre too, ranked past the page.
  for (const c of page) if (first.unread.has(c.node.key)) c.pending = true;
  await readPendingCoMentions(read, request, page);
  // Edges may end at the centre, at a node of this page or at one of an earlier page (already in view).
  const known = new Set([request.key, ...all.slice(0, wanted).map((c) => c.node.key)]);
  const edges = new Map<string, SubgraphEdge>();
  for (const c of page) for (const e of c.edges) if (known.has(e.source) && known.has(e.target)) edges.set(e.key, e);
  const subgraph: Subgraph = { nodes: [toNode(centre), ...page.map((c) => c.node)], edges: [...edges.values()] };
  await addArticleDates(read, subgraph.edges);
  // A cut ranking knows only a lower bound of the total: every neighbour of its largest centre, at least.
  // An exact one counts those read and those ranked past the page (the ids the query gave for them).
  const readKeys = new Set(all.map((c) => c.node.key));
  const beyond = [...first.rest].filter((key) => key !== request.key && !readKeys.has(key));
  const total = cut ? Math.max(all.length, most) : all.length + beyond.length;
  return {
    subgraph,
    centre: request.key,
    depth: request.depth,
    total,
    totalExact: !cut,
    returned: page.length,
    skip: request.skip,
    leftOut: Math.max(0, total - request.skip - page.length),
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
      perCentre: others.length,
      detailed: others.length,
      dense: null,
      nodes: null,
      types: null,
      kinds: null,
      from: null,
      to: null,
      statuses: null,
      minArticles: 0,
    });
    for (const row of co) {
      const edge = coMentionEdge(row.from, row.key, row.sentenceIds, row.articleIds, row.articleDates);
      edges.set(edge.key, edge);
    }
  }
  const subgraph = { nodes: withNodes ? nodes : [], edges: [...edges.values()] };
  await addArticleDates(read, subgraph.edges);
  return subgraph;
}

/** Nodes up to which the start screen ranks every node; a larger graph is ranked from stored measures. */
const OVERVIEW_SCAN_UP_TO = 20_000;

/** The start screen: the whole graph when it has at most `limit` nodes, else the most central. */
export function overview(db: GraphDatabase, limit: number, scanUpTo = OVERVIEW_SCAN_UP_TO): Promise<OverviewResponse> {
  return withReads(db, async (read) => {
    const [{ total } = { total: 0 }] = await read<{ total: number }>('overview-total', {});
    const rows = await read<{ n: PlainNode }>(total <= scanUpTo ? 'overview-nodes' : 'overview-nodes-stored', {
      limit,
    });
    const subgraph = await inducedSubgraphIn(
      read,
      rows.map((r) => nodeKey(r.n)),
      true,
    );
    return { subgraph, whole: total <= limit, total };
  });
}

/** One page of evidence as cypher/fragments/evidence-page.cypher gives it, the mentions in each sentence in order. */
async function evidencePage(
  read: Reader,
  query: string,
  params: Record<string, unknown>,
): Promise<EvidenceResponse | null> {
  const [page] = await read<EvidenceResponse>(query, params);
  if (!page) return null;
  for (const s of page.sentences) s.mentions.sort((a, b) => a.start - b.start);
  return page;
}

/** A page of the sentences `ids` (newest article first), the entities `highlight` marked, with the counts of all of them. */
export async function evidenceFor(
  read: Reader,
  ids: string[],
  highlight: string[],
  skip: number,
  limit: number,
): Promise<EvidenceResponse> {
  const empty = { sentences: [], total: 0, articleCount: 0, outletCount: 0 };
  if (ids.length === 0) return empty;
  return (await evidencePage(read, 'evidence-page', { ids, highlight, skip, limit })) ?? empty;
}

/** The sentences behind a node (mentions, or SUPPORTED_BY for Events and Allegations). */
export async function nodeEvidence(
  db: GraphDatabase,
  key: string,
  skip: number,
  limit: number,
): Promise<EvidenceResponse> {
  return withReads(db, async (read) => {
    const page = await evidencePage(read, 'evidence-node', { key, skip, limit });
    if (!page) throw new NotFoundError(`nodeEvidence: no Entity, Event or Allegation has the id "${key}"`);
    return page;
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
  const events = await readFile<TimelineEvent>(db, options.keys ? 'timeline-events-of' : 'timeline-events', options);
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
