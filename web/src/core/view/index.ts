/*
 * The state that goes with the view graph (the graphology instance itself is mutated by the pure
 * functions of graph.ts): a version bumped on every change, when nodes were last added, whether the
 * view is the overview, the "+N more" counts of expanded nodes, and the size mode. Its actions are
 * pure producers, (args) => (state) => new state.
 */
import type { ColorBy, SizeBy } from './style.ts';
import type { StyleLegend } from '../metrics/utils.ts';

/** Neighbours loaded per expansion; the rest come with "+N more". */
export const EXPAND_LIMIT = 25;

/** What an expansion left out, and where the next page starts. */
export interface MoreToLoad {
  leftOut: number;
  next: number;
}

export interface ViewGraphState {
  /** Bumped on every change of the graph, so the panels re-render. */
  version: number;
  /** When nodes were last added (the layout runs then); 0 before any. */
  addedAt: number;
  isOverview: boolean;
  /** The overview shows the whole graph (not only its most connected nodes). */
  overviewWhole: boolean;
  more: Record<string, MoreToLoad>;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** What sizes and colours mean now (for the legend). */
  legend: StyleLegend | null;
}

/** The state of an empty view sized by `sizeBy`. */
export function emptyViewGraphState(sizeBy: SizeBy, colorBy: ColorBy = 'kind'): ViewGraphState {
  return { version: 0, addedAt: 0, isOverview: false, overviewWhole: false, more: {}, sizeBy, colorBy, legend: null };
}

export const viewGraphActions = {
  /** The graph changed (nodes hidden, pinned, removed, edges added). */
  changed:
    () =>
    (state: ViewGraphState): ViewGraphState => ({ ...state, version: state.version + 1 }),
  /** A subgraph was merged at `now`, adding `added` nodes; a replaced view forgets its "+N more" counts. */
  merged:
    (mode: 'add' | 'replace', added: number, now: number) =>
    (state: ViewGraphState): ViewGraphState => ({
      ...state,
      version: state.version + 1,
      addedAt: added > 0 || mode === 'replace' ? now : state.addedAt,
      isOverview: false,
      more: mode === 'replace' ? {} : state.more,
    }),
  /** The view is the overview; `whole` when it holds the whole graph. */
  overviewShown:
    (whole: boolean) =>
    (state: ViewGraphState): ViewGraphState => ({
      ...state,
      isOverview: true,
      overviewWhole: whole,
    }),
  /** A node was expanded: what is left to load from it. */
  expanded:
    (key: string, more: MoreToLoad) =>
    (state: ViewGraphState): ViewGraphState => ({
      ...state,
      more: { ...state.more, [key]: more },
    }),
  /** The view was emptied. */
  cleared:
    () =>
    (state: ViewGraphState): ViewGraphState => ({
      ...state,
      version: state.version + 1,
      isOverview: false,
      more: {},
    }),
  /** Nodes are sized by `size` and coloured by `color` now, as `legend` explains. */
  styled:
    (size: SizeBy, color: ColorBy, legend: StyleLegend) =>
    (state: ViewGraphState): ViewGraphState => ({
      ...state,
      version: state.version + 1,
      sizeBy: size,
      colorBy: color,
      legend,
    }),
};
