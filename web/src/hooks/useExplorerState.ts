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
import { visibleElements, type Visibility } from '../core/filters/utils.ts';
import { selectionActions, type SelectionState } from '../core/selection/index.ts';
import { parseViewState, type ViewState } from '../core/url-state/utils.ts';
import type { ActivityState } from '../core/activity/index.ts';
import type { EdgeAttrs, NodeAttrs } from '../core/view/types.ts';
import { useActivity, type Run } from './useActivity.ts';
import { useHealth } from './useHealth.ts';
import { useProducers } from './useProducers.ts';
import { useRestore } from './useRestore.ts';
import { useUrlSync, type HistoryEntry } from './useUrlSync.ts';
import { useViewGraph, type ViewGraphControl } from './useViewGraph.ts';

/** What the explorer's panels read and do: the view graph and its actions, and the rest by concern. */
export interface ExplorerState extends Omit<ViewGraphControl, 'bump'>, SelectionState, ActivityState {
  visibility: Visibility;
  filters: Filters;
  setFilters(filters: Filters): void;
  select(key: string | null): void;
  selectEdge(key: string | null): void;
  /** The evidence sentence whose article is open in the source view. */
  source: string | null;
  openSource(sentenceId: string | null): void;
  /** Runs an action that may take a while, shown as busy and its failure as the error. */
  run: Run;
  dismissError(): void;
  databaseDown: string | null;
  restored: boolean;
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
  const view = useViewGraph({
    initialSizeBy: initial.sizeBy,
    initialColorBy: initial.colorBy,
    filters,
    run: activity.run,
    selection: select,
  });
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
  useUrlSync({ restored, ...view, movedAt, sigma, ...selection, filters, source, entry });
  const visibility = useMemo(() => visibleElements(graph, filters), [graph, filters, version]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    ...view,
    visibility,
    filters,
    setFilters,
    ...selection,
    select: select.selectNode,
    selectEdge: select.selectEdge,
    source,
    openSource,
    busy: activity.busy,
    error: activity.error,
    dismissError: activity.dismissError,
    databaseDown,
    restored,
    run: activity.run,
  };
}
