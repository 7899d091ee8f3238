/*
 * The state of the analyst's panels beside the graph: which tab of the right column shows, the
 * sentence opened from search, whose claims are shown, the last path found, and what the graph
 * highlights (a path, a sentence's facts, what a load changed). Pure producers,
 * (args) => (state) => new state.
 */
import type { PathsResponse } from '#model/analyst-api.ts';

/** The tabs of the right column, in order. */
export const SIDE_TABS = ['details', 'claims', 'path', 'queries', 'new', 'decisions'] as const;
export type SideTab = (typeof SIDE_TABS)[number];

export const TAB_TITLES: Record<SideTab, string> = {
  details: 'Details',
  claims: 'Claims',
  path: 'Path',
  queries: 'Queries',
  new: "What's new",
  decisions: 'Decisions',
};

/** Nodes and edges the graph draws highlighted (the rest fades), and why. */
export interface Highlight {
  reason: 'path' | 'sentence' | 'new';
  nodes: string[];
  edges: string[];
}

export interface AnalystState {
  tab: SideTab;
  /** The sentence opened from search (shown in Details). */
  sentence: string | null;
  /** The entity or allegation whose claims the Claims tab shows. */
  claimsOf: string | null;
  path: PathsResponse | null;
  highlight: Highlight | null;
}

export const INITIAL_ANALYST: AnalystState = {
  tab: 'details',
  sentence: null,
  claimsOf: null,
  path: null,
  highlight: null,
};

export const analystActions = {
  /** Shows a tab. */
  showTab:
    (tab: SideTab) =>
    (state: AnalystState): AnalystState => ({ ...state, tab }),
  /** Opens a sentence in Details. */
  openSentence:
    (id: string) =>
    (state: AnalystState): AnalystState => ({ ...state, tab: 'details', sentence: id }),
  /** Closes the sentence (a node or edge was selected instead), and its highlight. */
  closeSentence:
    () =>
    (state: AnalystState): AnalystState =>
      state.sentence === null
        ? state
        : { ...state, sentence: null, highlight: state.highlight?.reason === 'sentence' ? null : state.highlight },
  /** Shows the claims of an entity or allegation. */
  showClaims:
    (key: string) =>
    (state: AnalystState): AnalystState => ({ ...state, tab: 'claims', claimsOf: key }),
  /** A path search answered: show it and highlight its nodes and edges (if it found any). */
  pathFound:
    (path: PathsResponse) =>
    (state: AnalystState): AnalystState => ({
      ...state,
      tab: 'path',
      path,
      highlight:
        path.hops === null
          ? null
          : { reason: 'path', nodes: path.subgraph.nodes.map((n) => n.key), edges: path.steps.map((s) => s.edge.key) },
    }),
  /** Forgets the path (and its highlight). */
  pathCleared:
    () =>
    (state: AnalystState): AnalystState => ({
      ...state,
      path: null,
      highlight: state.highlight?.reason === 'path' ? null : state.highlight,
    }),
  /** Highlights nodes (and edges) in the graph; null: nothing. */
  highlighted:
    (highlight: Highlight | null) =>
    (state: AnalystState): AnalystState => ({ ...state, highlight }),
};
