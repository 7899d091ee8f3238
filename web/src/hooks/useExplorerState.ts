/*
 * The explorer's state, put together from one piece per concern, each with its pure producers in
 * core/<domain>: the view graph (useViewGraph, core/view), the selection (core/selection), the
 * filters, what is busy and the last error (useActivity, core/activity), the database banner
 * (useHealth, core/health), reopening the view in the URL (useRestore) and writing it back
 * (useUrlSync, core/url-state).
 */
import { useMemo, useState } from 'react';
import type { Filters } from '#model/filters.ts';
import { visibleElements, type Visibility } from '../core/filters/utils.ts';
import { selectionActions, type SelectionState } from '../core/selection/index.ts';
import { parseViewState, type ViewState } from '../core/url-state/utils.ts';
import type { ActivityState } from '../core/activity/index.ts';
import { useActivity } from './useActivity.ts';
import { useHealth } from './useHealth.ts';
import { useProducers } from './useProducers.ts';
import { useRestore } from './useRestore.ts';
import { useUrlSync } from './useUrlSync.ts';
import { useViewGraph, type ViewGraphControl } from './useViewGraph.ts';

/** What the explorer's panels read and do: the view graph and its actions, and the rest by concern. */
export interface ExplorerState extends Omit<ViewGraphControl, 'bump'>, SelectionState, ActivityState {
  visibility: Visibility;
  filters: Filters;
  setFilters(filters: Filters): void;
  select(key: string | null): void;
  selectEdge(key: string | null): void;
  dismissError(): void;
  databaseDown: string | null;
  restored: boolean;
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
  const view = useViewGraph({ initialSizeBy: initial.sizeBy, filters, run: activity.run, selection: select });
  const restored = useRestore({ initial, view, run: activity.run, databaseDown });
  useUrlSync({ restored, ...view, ...selection, filters });
  const { graph, version } = view;
  const visibility = useMemo(() => visibleElements(graph, filters), [graph, filters, version]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    ...view,
    visibility,
    filters,
    setFilters,
    ...selection,
    select: select.selectNode,
    selectEdge: select.selectEdge,
    busy: activity.busy,
    error: activity.error,
    dismissError: activity.dismissError,
    databaseDown,
    restored,
  };
}
