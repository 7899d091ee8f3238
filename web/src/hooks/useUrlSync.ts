/* The URL holds the view once it is restored: written (replaceState) whenever the view, selection, filters or sizes change. */
import { useEffect } from 'react';
import type { Filters } from '#model/filters.ts';
import { serializeViewState, viewStateOf } from '../core/url-state/utils.ts';
import type { ColorBy, SizeBy } from '../core/view/style.ts';
import type { ViewGraph } from '../core/view/types.ts';

export interface UrlSyncOptions {
  restored: boolean;
  graph: ViewGraph;
  version: number;
  selected: string | null;
  selectedEdge: string | null;
  filters: Filters;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  isOverview: boolean;
}

export function useUrlSync(options: UrlSyncOptions): void {
  const { restored, graph, version, selected, selectedEdge, filters, sizeBy, colorBy, isOverview } = options;
  useEffect(() => {
    if (!restored) return;
    const search = serializeViewState(viewStateOf(graph, { selected, selectedEdge, filters, sizeBy, colorBy, isOverview }));
    const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, [restored, version, selected, selectedEdge, filters, sizeBy, colorBy, graph, isOverview]);
}
