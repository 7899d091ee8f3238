/*
 * The state that goes with the view graph (the graphology instance itself is mutated by the pure
 * functions of graph.ts): a version bumped on every change, when nodes were last added, whether the
 * view is the overview, the "+N more" counts of expanded nodes, the size and colour modes with their
 * legend, and a camera asked for by a reopened link. Its actions are pure producers, (args) => (state) => new state.
 */
import type { CameraState, Frame } from '../url-state/utils.ts';
import type { ColorBy, SizeBy } from './style.ts';
import type { StyleLegend } from '../metrics/utils.ts';

/** Neighbours loaded per expansion; the rest come with "+N more". */
export const EXPAND_LIMIT = 25;

/** What an expansion left out, and where the next page starts. */
export interface MoreToLoad {
  leftOut: number;
  next: number;
  /** False when `leftOut` is the server's estimate (a hub, ranked from its best relationships); absent: exact. */
  exact?: boolean;
}

/** The count of what is left out as a node's label and its "more" button show it: "+12", or "+~100074" when estimated. */
export function leftOutText(more: Pick<MoreToLoad, 'leftOut' | 'exact'>): string {
  return more.exact === false ? `+~${more.leftOut}` : `+${more.leftOut}`;
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
  /** A camera (and frame) to put the view back under, from a reopened link; `at` tells one request from the next. */
  cameraRequest: { camera: CameraState | null; frame: Frame | null; at: number } | null;
}

/** The state of an empty view sized by `sizeBy` and coloured by `colorBy`. */
export function emptyViewGraphState(sizeBy: SizeBy, colorBy: ColorBy = 'kind'): ViewGraphState {
  return {
    version: 0,
    addedAt: 0,
    isOverview: false,
    overviewWhole: false,
    more: {},
    sizeBy,
    colorBy,
    legend: null,
    cameraRequest: null,
  };
}

export const viewGraphActions = {
  /** The graph changed (nodes hidden, pinned, removed, edges added). */
  changed:
    () =>
    (state: ViewGraphState): ViewGraphState => ({ ...state, version: state.version + 1 }),
  /**
   * A subgraph was merged at `now`, adding `added` nodes (the layout runs then, unless `layout` is
   * false: the nodes came with their positions); a replaced view forgets its "+N more" counts.
   */
  merged:
    (mode: 'add' | 'replace', added: number, now: number, layout = true) =>
    (state: ViewGraphState): ViewGraphState => ({
      ...state,
      version: state.version + 1,
      addedAt: layout && (added > 0 || mode === 'replace') ? now : state.addedAt,
      isOverview: false,
      more: mode === 'replace' ? {} : state.more,
    }),
  /** A reopened view asks for its camera and frame back. */
  cameraRequested:
    (camera: CameraState | null, frame: Frame | null, now: number) =>
    (state: ViewGraphState): ViewGraphState => ({
      ...state,
      cameraRequest: { camera, frame, at: now },
    }),
  /** The view went back to an earlier one (undo, redo): its "+N more" counts and overview flag with it. */
  snapshotRestored:
    (more: Record<string, MoreToLoad>, isOverview: boolean) =>
    (state: ViewGraphState): ViewGraphState => ({ ...state, version: state.version + 1, more, isOverview }),
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
