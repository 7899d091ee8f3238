/*
 * How the view looks: colours by kind and allegation status, node sizes by mentions or degree,
 * edge colours by relationship family and widths by corroboration. Pure functions, no React.
 */
import { CO_MENTIONED } from '#model/filters.ts';
import { RELATION_TYPES } from '#model/graph-model.ts';

export const KIND_COLORS: Record<string, string> = {
  Person: '#e4572e',
  State: '#2e86ab',
  Organisation: '#7b2cbf',
  Place: '#3a9d5d',
  Event: '#f0a202',
  Allegation: '#c2185b',
  Article: '#8d99ae',
  Sentence: '#adb5bd',
};

export const STATUS_COLORS: Record<string, string> = {
  alleged: '#c2185b',
  denied: '#5c677d',
  confirmed: '#7f0000',
  disputed: '#b8860b',
};

export const STATUS_MARKS: Record<string, string> = {
  alleged: '?',
  denied: '✗',
  confirmed: '✓',
  disputed: '±',
};

const OTHER_COLOR = '#6c757d';

/** Edge families, for colour and the legend; co-mentions have no direction (no arrow). */
export const EDGE_FAMILIES: { name: string; color: string; types: string[]; directed: boolean }[] = [
  { name: 'Takes part in an event', color: '#d4a017', types: ['PARTICIPATED_IN', 'TOOK_PLACE_IN'], directed: true },
  { name: 'Allegation', color: '#c2185b', types: ['ALLEGES', 'TARGETS', 'DENIES', 'CONFIRMS'], directed: true },
  { name: 'Relation between actors', color: '#344e6e', types: [...RELATION_TYPES], directed: true },
  { name: 'Mentioned in the same sentence', color: '#b9c0c9', types: [CO_MENTIONED], directed: false },
];

/** What node size stands for: mentions, links in view, or a metric of the view or (stored-) of the whole graph. */
export const SIZE_MODES = [
  'mentions',
  'degree',
  'pagerank',
  'betweenness',
  'stored-pagerank',
  'stored-betweenness',
  'stored-degree',
] as const;
export type SizeBy = (typeof SIZE_MODES)[number];

/** What node colour stands for: kind (and allegation status), or Louvain community of the view or the whole graph. */
export const COLOR_MODES = ['kind', 'community', 'stored-community'] as const;
export type ColorBy = (typeof COLOR_MODES)[number];

/** The colour of a node: its allegation status for Allegations, else its kind. */
export function nodeColor(kind: string, properties: Record<string, unknown>): string {
  if (kind === 'Allegation') return STATUS_COLORS[String(properties.status)] ?? KIND_COLORS.Allegation!;
  return KIND_COLORS[kind] ?? OTHER_COLOR;
}

/** The label drawn next to a node; Allegations lead with their status mark (✗ denied, ✓ confirmed, …). */
export function nodeLabel(kind: string, name: string, properties: Record<string, unknown>): string {
  if (kind === 'Allegation' && typeof properties.status === 'string') {
    return `${STATUS_MARKS[properties.status] ?? '•'} ${name}`;
  }
  return name;
}

/** Node size from a count (mentions, articles or degree), on a log scale between 4 and 22. */
export function sizeFromCount(count: number): number {
  return Math.min(22, 4 + 3 * Math.log2(1 + Math.max(0, count)));
}

/** What a node's "mentions" size counts: mentions for entities, articles for events and allegations. */
export function mentionWeight(properties: Record<string, unknown>): number {
  const value = properties.mentionCount ?? properties.articleCount ?? 1;
  return typeof value === 'number' ? value : Number(value) || 1;
}

/** The colour of an edge by its family. */
export function edgeColor(type: string): string {
  return EDGE_FAMILIES.find((f) => f.types.includes(type))?.color ?? '#8d99ae';
}

/** Edge width from its corroborating articles. */
export function edgeSize(properties: Record<string, unknown>): number {
  const n = typeof properties.articleCount === 'number' ? properties.articleCount : 1;
  return Math.min(6, 1 + Math.log2(Math.max(1, n)));
}

/** The label drawn on an edge: its type, readable, with the participant's role. */
export function edgeLabel(type: string, properties: Record<string, unknown>): string {
  const base = type === CO_MENTIONED ? 'co-mentioned' : type.toLowerCase().replace(/_/g, ' ');
  const role = typeof properties.role === 'string' && properties.role ? ` (${properties.role})` : '';
  const count =
    type === CO_MENTIONED && typeof properties.sentenceCount === 'number' ? ` ×${properties.sentenceCount}` : '';
  return `${base}${role}${count}`;
}
