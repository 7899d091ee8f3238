/*
 * The API shapes of the analyst's questions, shared by the Fastify routes and the browser client:
 * search over everything, a sentence with what it supports, paths between two entities, contested
 * claims, what each load added or changed, and the same-or-different decisions.
 */
import type { EvidenceSentence, SearchHit } from './api-types.ts';
import type { Subgraph } from './subgraph.ts';

/** The kinds one search covers, in the order the results are grouped. */
export const SEARCH_GROUPS = ['entities', 'events', 'allegations', 'sentences'] as const;
export type SearchGroupName = (typeof SEARCH_GROUPS)[number];

/** The kinds the search's type filter offers: every entity type, then Event, Allegation and Sentence. */
export const SEARCH_KINDS = ['Person', 'State', 'Organisation', 'Place', 'Event', 'Allegation', 'Sentence'] as const;

/** An Event or Allegation found by search. */
export interface FactHit {
  key: string;
  kind: 'Event' | 'Allegation';
  name: string;
  /** The event's date, or the allegation's status. */
  detail: string | null;
  /** The allegation's claim text, or the event's type. */
  text: string | null;
  articleCount: number;
  score: number;
}

/** A sentence found by search, with its article. */
export interface SentenceHit {
  id: string;
  text: string;
  article: EvidenceSentence['article'];
  score: number;
}

export interface SearchGroup<T> {
  /** How many match (at most `cap`; `capped` when there may be more). */
  total: number;
  capped: boolean;
  hits: T[];
}

/** GET /api/search/all: one search, grouped by kind, with counts. */
export interface SearchAllResponse {
  query: string;
  entities: SearchGroup<SearchHit>;
  events: SearchGroup<FactHit>;
  allegations: SearchGroup<FactHit>;
  sentences: SearchGroup<SentenceHit>;
}

/** A node a sentence mentions or supports, as the sentence panel lists it. */
export interface SentenceFact {
  key: string;
  kind: string;
  name: string;
  /** Allegations: status; Events: date; Entities: the words the sentence uses for it. */
  detail: string | null;
}

/** GET /api/sentences/:id: a sentence, its article, and what it supports and mentions. */
export interface SentenceContext {
  sentence: { id: string; index: number; text: string };
  article: EvidenceSentence['article'];
  /** Events and Allegations SUPPORTED_BY the sentence. */
  facts: SentenceFact[];
  /** Entities the sentence MENTIONS. */
  entities: SentenceFact[];
}

/** One step of a path: an edge between two nodes of the path, and the sentences behind it. */
export interface PathStep {
  edge: { key: string; type: string; source: string; target: string };
  evidence: EvidenceSentence[];
  /** How many sentences stand behind the edge in all. */
  sentenceCount: number;
}

/** GET /api/paths: the shortest paths between two entities, as one subgraph, with each step's evidence. */
export interface PathsResponse {
  from: string;
  to: string;
  /** Hops of the shortest paths; null when none was found within `maxHops`. */
  hops: number | null;
  maxHops: number;
  /** Each path as its node keys, in order from `from` to `to`. */
  paths: string[][];
  subgraph: Subgraph;
  steps: PathStep[];
}

/** Where a party takes its stance on a claim: its sentence, article and outlet, and when. */
export interface ClaimStatement {
  sentence: EvidenceSentence;
  date: string | null;
}

/** A party's stance on an allegation. */
export const STANCES = ['alleges', 'targets', 'denies', 'confirms'] as const;
export type Stance = (typeof STANCES)[number];

export interface ClaimParty {
  key: string;
  name: string;
  kind: string;
  stance: Stance;
  statements: ClaimStatement[];
}

/** One allegation with who asserts it, whom it targets, who denies and who confirms it. */
export interface Claim {
  key: string;
  claim: string | null;
  category: string | null;
  status: string | null;
  /** An unnamed alleger ("officials"), when no entity alleges it. */
  allegerDescription: string | null;
  articleCount: number;
  outletCount: number;
  parties: ClaimParty[];
}

/** GET /api/claims/:key: the claims of an allegation (one) or of an entity (those it is a party to). */
export interface ClaimsResponse {
  key: string;
  kind: string;
  name: string;
  claims: Claim[];
}

/** A contested allegation in the "most contested" overview. */
export interface ContestedClaim {
  key: string;
  name: string;
  claim: string | null;
  status: string | null;
  allegers: number;
  deniers: number;
  articleCount: number;
}

/** GET /api/overview/contested: allegations that some assert and some deny, ranked, as a view. */
export interface ContestedOverviewResponse {
  subgraph: Subgraph;
  ranked: ContestedClaim[];
}

/** One load of articles, as the loader recorded it. */
export interface LoadRecord {
  id: string;
  startedAt: string;
  finishedAt: string;
  /** The files and folders given to the load. */
  paths: string[];
  /** The article files it read, new or replaced (at most 200 listed). */
  files: string[];
  extractor: string;
  extractorVersion: string;
  articlesLoaded: number;
  articlesReplaced: number;
  articlesUnchanged: number;
  articlesFailed: number;
  added: { entities: number; events: number; allegations: number };
  changed: { entities: number; events: number; allegations: number };
}

/** GET /api/loads: the loads, newest first. */
export interface LoadsResponse {
  loads: LoadRecord[];
}

/** A node a load added or changed. */
export interface ChangedNode {
  key: string;
  kind: string;
  name: string;
  change: 'added' | 'changed';
  /** The load that last added or changed it. */
  load: string;
}

/** GET /api/loads/:id/changes: what that load and every later one added or changed. */
export interface ChangesResponse {
  since: LoadRecord;
  nodes: ChangedNode[];
}
