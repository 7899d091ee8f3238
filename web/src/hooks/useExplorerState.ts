/*
 * The explorer's state, put together from one piece per concern, each with its pure producers in
 * core/<domain>: the view graph with undo/redo (useViewGraph, core/view, core/undo), the selection
 * (core/selection), the filters, the open source, what is busy and the last error (useActivity,
 * core/activity), the database banner (useHealth, core/health), reopening a view from a link or the
 * history (useRestore) and writing it back (useUrlSync, core/url-state).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type Sigma from 'sigma';
import type { Filters } from '#model/filters.ts';
import type { Subgraph } from '#model/subgraph.ts';
import { visibleElements, type Visibility } from '../core/filters/utils.ts';
import { selectionActions, type SelectionState } from '../core/selection/index.ts';
import { parseViewState, type ViewState } from '../core/url-state/utils.ts';
import type { MoreToLoad } from '../core/view/index.ts';
import type { SizeBy } from '../core/view/style.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from '../core/view/types.ts';
import { useActivity } from './useActivity.ts';
import { useHealth } from './useHealth.ts';
import { useProducers } from './useProducers.ts';
import { useRestore } from './useRestore.ts';
import { useUrlSync, type HistoryEntry } from './useUrlSync.ts';
import { useViewGraph, type ViewGraphControl } from './useViewGraph.ts';

export interface ExplorerState {
  graph: ViewGraph;
  version: number;
  visibility: Visibility;
  filters: Filters;
  setFilters(filters: Filters): void;
  selected: string | null;
  selectedEdge: string | null;
  select(key: string | null): void;
  selectEdge(key: string | null): void;
  /** The evidence sentence whose article is open in the source view. */
  source: string | null;
  openSource(sentenceId: string | null): void;
  sizeBy: SizeBy;
  setSizeBy(by: SizeBy): void;
  more: Record<string, MoreToLoad>;
  busy: string | null;
  error: string | null;
  dismissError(): void;
  databaseDown: string | null;
  restored: boolean;
  isOverview: boolean;
  /** The overview shows the whole graph (not only its most connected nodes). */
  overviewWhole: boolean;
  /** Bumped when nodes were added, so the layout can run. */
  addedAt: number;
  cameraRequest: ViewGraphControl['cameraRequest'];
  /** Merges a subgraph into the view (an undoable step named `label` when given); returns the keys of the nodes it added. */
  addSubgraph(subgraph: Subgraph, mode: 'add' | 'replace', anchor?: string, label?: string): string[];
  openNode(key: string): Promise<void>;
  expand(key: string, more?: boolean, depth?: 1 | 2): Promise<void>;
  remove(key: string): void;
  toggleHidden(key: string): void;
  showAll(): void;
  togglePinned(key: string): void;
  clear(): void;
  loadOverview(): Promise<void>;
  undo(): void;
  redo(): void;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface ExplorerStateOptions {
  sigma: Sigma<NodeAttrs, EdgeAttrs> | null;
  /** Bumped when positions or the camera changed. */
  movedAt: number;
}

export function useExplorerState({ sigma, movedAt }: ExplorerStateOptions): ExplorerState {
  const [initial] = useState<ViewState>(() => parseViewState(window.location.search));
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [source, openSource] = useState<string | null>(initial.source);
  const [selection, select] = useProducers<SelectionState, typeof selectionActions>(
    { selected: initial.selected, selectedEdge: initial.selectedEdge },
    selectionActions,
  );
  const activity = useActivity();
  const { databaseDown } = useHealth();
  const view = useViewGraph({ initialSizeBy: initial.sizeBy, filters, run: activity.run, selection: select });
  const { graph, version } = view;

  const applyExtras = useCallback(
    (state: ViewState) => {
      setFilters(state.filters);
      openSource(state.source);
      select.selectNode(state.selected);
      if (state.selectedEdge) select.selectEdge(state.selectedEdge);
    },
    [select],
  );
  // The current history entry: while a view is reopened from the URL or the history nothing is
  // written, then its first write updates that entry instead of pushing a new one.
  const entry = useRef<HistoryEntry>({ signature: null, reopening: false });
  const reopening = useCallback((underway: boolean) => {
    entry.current = { signature: null, reopening: underway };
  }, []);
  const restored = useRestore({ initial, view, run: activity.run, databaseDown, applyExtras, reopening });
  useUrlSync({
    restored,
    graph,
    version,
    movedAt,
    sigma,
    ...selection,
    filters,
    sizeBy: view.sizeBy,
    isOverview: view.isOverview,
    source,
    entry,
  });
  const visibility = useMemo(() => visibleElements(graph, filters), [graph, filters, version]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    graph,
    version,
    visibility,
    filters,
    setFilters,
    ...selection,
    select: select.selectNode,
    selectEdge: select.selectEdge,
    source,
    openSource,
    sizeBy: view.sizeBy,
    setSizeBy: view.setSizeBy,
    more: view.more,
    busy: activity.busy,
    error: activity.error,
    dismissError: activity.dismissError,
    databaseDown,
    restored,
    isOverview: view.isOverview,
    overviewWhole: view.overviewWhole,
    addedAt: view.addedAt,
    cameraRequest: view.cameraRequest,
    addSubgraph: view.addSubgraph,
    openNode: view.openNode,
    expand: view.expand,
    remove: view.remove,
    toggleHidden: view.toggleHidden,
    showAll: view.showAll,
    togglePinned: view.togglePinned,
    clear: view.clear,
    loadOverview: () => view.loadOverview(),
    undo: view.undo,
    redo: view.redo,
    undoLabel: view.undoLabel,
    redoLabel: view.redoLabel,
  };
}
