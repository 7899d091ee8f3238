/*
 * The explorer's state, put together from one piece per concern, each with its pure producers in
 * core/<domain>: the view graph (useViewGraph, core/view), the selection (core/selection), the
 * filters, what is busy and the last error (useActivity, core/activity), the database banner
 * (useHealth, core/health), reopening the view in the URL (useRestore) and writing it back
 * (useUrlSync, core/url-state).
 */
import { useMemo, useState } from 'react';
import type { Filters } from '#model/filters.ts';
import type { Subgraph } from '#model/subgraph.ts';
import { visibleElements, type Visibility } from '../core/filters/utils.ts';
import { selectionActions, type SelectionState } from '../core/selection/index.ts';
import { parseViewState, type ViewState } from '../core/url-state/utils.ts';
import type { MoreToLoad } from '../core/view/index.ts';
import type { ColorBy, SizeBy } from '../core/view/style.ts';
import type { StyleLegend } from '../core/metrics/utils.ts';
import type { ViewGraph } from '../core/view/types.ts';
import { useActivity, type Run } from './useActivity.ts';
import { useHealth } from './useHealth.ts';
import { useProducers } from './useProducers.ts';
import { useRestore } from './useRestore.ts';
import { useUrlSync } from './useUrlSync.ts';
import { useViewGraph } from './useViewGraph.ts';

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
  sizeBy: SizeBy;
  setSizeBy(by: SizeBy): void;
  colorBy: ColorBy;
  setColorBy(by: ColorBy): void;
  /** What sizes and colours mean now. */
  legend: StyleLegend | null;
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
  /** Merges a subgraph into the view; returns the keys of the nodes it added. */
  addSubgraph(subgraph: Subgraph, mode: 'add' | 'replace', anchor?: string): string[];
  openNode(key: string): Promise<void>;
  showNodes(keys: string[]): Promise<void>;
  addConnected(subgraph: Subgraph): Promise<string[]>;
  run: Run;
  expand(key: string, more?: boolean, depth?: 1 | 2): Promise<void>;
  remove(key: string): void;
  toggleHidden(key: string): void;
  showAll(): void;
  togglePinned(key: string): void;
  clear(): void;
  loadOverview(): Promise<void>;
}

export function useExplorerState(): ExplorerState {
  const [initial] = useState<ViewState>(() => parseViewState(window.location.search));
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [selection, select] = useProducers<SelectionState, typeof selectionActions>(
    { selected: initial.selected, selectedEdge: initial.selectedEdge },
    selectionActions,
  );
  const activity = useActivity();
  const { databaseDown } = useHealth();
  const view = useViewGraph({
    initialSizeBy: initial.sizeBy,
    initialColorBy: initial.colorBy,
    filters,
    run: activity.run,
    selection: select,
  });
  const restored = useRestore({ initial, view, run: activity.run, databaseDown });
  useUrlSync({ restored, ...view, ...selection, filters });
  const { graph, version } = view;
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
    sizeBy: view.sizeBy,
    setSizeBy: view.setSizeBy,
    colorBy: view.colorBy,
    setColorBy: view.setColorBy,
    legend: view.legend,
    more: view.more,
    busy: activity.busy,
    error: activity.error,
    dismissError: activity.dismissError,
    databaseDown,
    restored,
    isOverview: view.isOverview,
    overviewWhole: view.overviewWhole,
    addedAt: view.addedAt,
    addSubgraph: view.addSubgraph,
    openNode: view.openNode,
    showNodes: view.showNodes,
    addConnected: view.addConnected,
    run: activity.run,
    expand: view.expand,
    remove: view.remove,
    toggleHidden: view.toggleHidden,
    showAll: view.showAll,
    togglePinned: view.togglePinned,
    clear: view.clear,
    loadOverview: view.loadOverview,
  };
}
