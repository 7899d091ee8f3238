/*
 * The explorer's filters, shared by the API (which applies them when expanding) and the browser
 * (which applies them to what is in view through sigma reducers). Pure data and pure predicates.
 */

import { ALLEGATION_STATUSES, ENTITY_TYPES, RELATION_TYPES } from './graph-model.ts';

/** Node kinds the explorer knows, in legend order. */
export const NODE_KINDS = [...ENTITY_TYPES, 'Event', 'Allegation'] as const;

/** Allegation statuses, in legend order. */
export { ALLEGATION_STATUSES };

/** The derived "mentioned in the same sentence" link between two entities (not stored in Neo4j). */
export const CO_MENTIONED = 'CO_MENTIONED';

/** Relationship types an explorer edge can have, in legend order. */
export const RELATIONSHIP_TYPES = [
  'PARTICIPATED_IN',
  'TOOK_PLACE_IN',
  'ALLEGES',
  'TARGETS',
  'DENIES',
  'CONFIRMS',
  ...RELATION_TYPES,
  CO_MENTIONED,
] as const;

export interface Filters {
  /** Node kinds shown (Person, State, ..., Event, Allegation); empty means all. */
  kinds: string[];
  /** Relationship types shown; empty means all. */
  relTypes: string[];
  /** Event date range, inclusive, as YYYY-MM-DD (or a prefix); null means open. */
  from: string | null;
  to: string | null;
  /** Allegation statuses shown; empty means all. */
  statuses: string[];
  /** Minimum corroborating articles for Events, Allegations and edges; 0 or 1 means no minimum. */
  minArticles: number;
}

export const DEFAULT_FILTERS: Filters = { kinds: [], relTypes: [], from: null, to: null, statuses: [], minArticles: 0 };

/** Whether any filter is set. */
export function filtersActive(filters: Filters): boolean {
  return (
    filters.kinds.length > 0 ||
    filters.relTypes.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    filters.statuses.length > 0 ||
    filters.minArticles > 1
  );
}

/**
 * Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) lies in [from, to]. Both bounds are cut to the
 * date's precision, so "2024-06" lies in [2024-06-15, 2024-07-01]. A missing date is outside any range.
 */
export function dateInRange(date: unknown, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (typeof date !== 'string' || date === '') return false;
  if (from !== null && date < from.slice(0, date.length)) return false;
  if (to !== null && date > to.slice(0, date.length)) return false;
  return true;
}

/** The minimal view of a node the predicates need. */
export interface FilterableNode {
  kind: string;
  properties: Record<string, unknown>;
}

/** The minimal view of an edge the predicates need. */
export interface FilterableEdge {
  type: string;
  properties: Record<string, unknown>;
}

/** Whether a node passes the filters (kinds, event dates, allegation statuses, corroboration). */
export function nodePassesFilters(filters: Filters, node: FilterableNode): boolean {
  if (filters.kinds.length > 0 && !filters.kinds.includes(node.kind)) return false;
  if (node.kind === 'Event' && !dateInRange(node.properties.date, filters.from, filters.to)) return false;
  if (
    node.kind === 'Allegation' &&
    filters.statuses.length > 0 &&
    !filters.statuses.includes(String(node.properties.status))
  )
    return false;
  if ((node.kind === 'Event' || node.kind === 'Allegation') && filters.minArticles > 1) {
    if (Number(node.properties.articleCount ?? 0) < filters.minArticles) return false;
  }
  return true;
}

/**
 * Whether an edge passes the filters: its type, its corroborating articles and, when a date range is
 * set and the edge knows the dates of its articles (`articleDates`), at least one article in range.
 */
export function edgePassesFilters(filters: Filters, edge: FilterableEdge): boolean {
  if (filters.relTypes.length > 0 && !filters.relTypes.includes(edge.type)) return false;
  const articleCount = edge.properties.articleCount;
  if (filters.minArticles > 1 && typeof articleCount === 'number' && articleCount < filters.minArticles) return false;
  const dates = edge.properties.articleDates;
  if ((filters.from !== null || filters.to !== null) && Array.isArray(dates) && dates.length > 0) {
    if (!dates.some((d) => dateInRange(d, filters.from, filters.to))) return false;
  }
  return true;
}
