/*
 * The explorer API's request and response shapes, shared by the Fastify routes and the browser client.
 */
import type { NodeViz } from './export/types.ts';
import type { QueryDefinition } from './saved-queries/types.ts';
import type { Subgraph, SubgraphNode } from './subgraph.ts';

export type { Subgraph, SubgraphNode, SubgraphEdge } from './subgraph.ts';

/** Every API error body: `error` is the error kind's code (model/errors.ts), or InternalError. */
export interface ApiErrorBody {
  error: string;
  message: string;
}

export interface SearchHit {
  key: string;
  name: string;
  kind: string;
  labels: string[];
  aliases: string[];
  mentionCount: number;
  score: number;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

export interface NodeDetails {
  node: SubgraphNode;
  kind: string;
  /** Relationship counts by type and direction, e.g. { "PARTICIPATED_IN": 3 }. */
  degree: Record<string, number>;
  /** Sentences that mention the node (Entity) or support it (Event, Allegation). */
  sentenceCount: number;
  articleCount: number;
  outletCount: number;
  /** Events and Allegations: their parties, each with its role and the sentences where it takes that part. */
  parties: Party[];
}

/** A sentence quoted as where a party takes its part. */
export interface PartySentence {
  id: string;
  text: string;
  articleId: string;
}

/** A party of an Event or Allegation: the relationship type that links it (ALLEGES, TARGETS, …) and its role. */
export interface Party {
  key: string;
  name: string;
  kind: string;
  type: string;
  role: string | null;
  sentences: PartySentence[];
}

/** GET /api/articles/:id: an article's metadata and its sentences in order (the source view). */
export interface ArticleResponse {
  article: {
    id: string;
    title: string | null;
    source: string | null;
    publishedAt: string | null;
    url: string | null;
    file: string | null;
  };
  sentences: { id: string; index: number; text: string; start: number; end: number }[];
}

export interface NeighbourhoodResponse {
  subgraph: Subgraph;
  /** The nodes the expansion started from. */
  centre: string;
  depth: 1 | 2;
  /** Neighbours matching the filters, in all. */
  total: number;
  /** Neighbours in this answer (skip + returned <= total). */
  returned: number;
  skip: number;
  /** Whether `total` is exact; false when a hub was ranked from its best neighbours (`total` is then a lower bound). */
  totalExact: boolean;
  /** Neighbours left out by the limit (total - skip - returned). */
  leftOut: number;
}

export interface EvidenceMention {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  surface: string;
  key: string;
}

export interface EvidenceSentence {
  id: string;
  text: string;
  mentions: EvidenceMention[];
  article: {
    id: string;
    title: string | null;
    outlet: string | null;
    publishedAt: string | null;
    url: string | null;
    /** The file it was loaded from. */
    file: string | null;
  };
}

export interface EvidenceResponse {
  sentences: EvidenceSentence[];
  total: number;
  articleCount: number;
  outletCount: number;
}

export interface TimelineEvent {
  key: string;
  label: string;
  type: string | null;
  date: string;
  datePrecision: string | null;
  articleCount: number;
}

export interface EventsResponse {
  events: TimelineEvent[];
}

export interface StatsResponse {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface OverviewResponse {
  subgraph: Subgraph;
  /** True when the whole graph (entities, events, allegations) fits and is shown. */
  whole: boolean;
  total: number;
}

/** GET /api/queries: the library and the saved queries (no server paths), with the result caps. */
export interface QueryListResponse {
  queries: Omit<QueryDefinition, 'file'>[];
  /** Saved query files that could not be read, one line each. */
  problems: string[];
  limits: { timeoutMs: number; maxRows: number; maxNodes: number };
  /** Where this server keeps its saved queries. */
  savedIn: string;
}

/** GET /api/cypher/schema: what the Cypher editor completes. */
export interface EditorSchemaResponse {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  functions: { name: string; signature: string }[];
  procedures: { name: string; signature: string; returnItems: { name: string; signature: string }[] }[];
}

/** What an export holds: the whole graph, a node's neighbourhood, a query's result, or given nodes (and edges). */
export type ExportScopeRequest =
  | { kind: 'all' }
  | { kind: 'node'; id: string; depth?: number }
  | { kind: 'query'; name: string; params?: Record<string, unknown> }
  | { kind: 'cypher'; query: string; params?: Record<string, unknown> }
  /** The view's shown nodes and, with `edges`, exactly its shown edges (by key); a selection's nodes. */
  | { kind: 'view' | 'selection'; keys: string[]; edges?: string[] };

/** POST /api/export: a scope in a format, with the view's positions, colours and sizes by node key. */
export interface ExportRequest {
  format: string;
  scope: ExportScopeRequest;
  withEvidence?: boolean;
  /** The derived co-mention edges among the scope's entities: one option, the same in every format. */
  coMentions?: boolean;
  viz?: Record<string, NodeViz>;
}

/** GET /api/export/formats. */
export interface ExportFormatsResponse {
  formats: { name: string; extension: string; description: string }[];
}

/** POST /api/views and GET /api/views/:id: a view kept on the server under a short id. */
export interface SavedViewResponse {
  id: string;
  /** The view as the explorer's query string (without "?"). */
  search: string;
}
