/*
 * Which nodes and edges of the view are drawn: not hidden by hand, passing the filters, and (for an
 * edge) with both ends drawn. Pure; the reducers and the "Graph summary" status line both use it.
 */
import { dateRangeSet, edgePassesFilters, isUndatedEvent, nodePassesFilters, type Filters } from '#model/filters.ts';
import type { ViewGraph } from '../view/types.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The nodes and edges drawn under these filters. */
export function visibleElements(graph: ViewGraph, filters: Filters): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (!attrs.hidden && nodePassesFilters(filters, attrs)) nodes.add(key);
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgePassesFilters(filters, attrs)) edges.add(key);
  });
  return { nodes, edges };
}

/** The status line: "12 nodes · 20 edges". */
export function summaryText(visibility: Visibility): string {
  const n = visibility.nodes.size;
  const e = visibility.edges.size;
  return `${n} ${n === 1 ? 'node' : 'nodes'} · ${e} ${e === 1 ? 'edge' : 'edges'}`;
}

/** Toggles one value in a filter list where "empty" means "all of `universe`". */
export function toggleInAll(selected: string[], value: string, universe: readonly string[]): string[] {
  const current = selected.length === 0 ? [...universe] : selected;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return universe.every((v) => next.includes(v)) ? [] : universe.filter((v) => next.includes(v));
}

/** Whether a value is shown by a filter list where "empty" means "all". */
export function shownBy(selected: string[], value: string): boolean {
  return selected.length === 0 || selected.includes(value);
}

/** The Events in view without a date, and how many of them the date range hides (none when they are kept). */
export function undatedEvents(graph: ViewGraph, filters: Filters): { total: number; hidden: number } {
  let total = 0;
  graph.forEachNode((_, attrs) => {
    if (!attrs.hidden && isUndatedEvent(attrs) && (filters.kinds.length === 0 || filters.kinds.includes('Event')))
      total++;
  });
  return { total, hidden: dateRangeSet(filters) && !filters.keepUndated ? total : 0 };
}
