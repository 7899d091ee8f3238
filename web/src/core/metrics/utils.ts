/*
 * Sizing and colouring the view by what the analyst asks: mentions, links in view, PageRank or
 * betweenness of the view (computed here with model/metrics.ts), or of the whole graph (stored on
 * the nodes by `newsgraph analyse`); colours by kind, or by Louvain community of the view or of the
 * whole graph. Pure functions over the view graph; they return what the legend explains. Updates
 * carry no hints, so sigma re-indexes (nodes just added are not indexed yet).
 */
import { computeMetrics, type MetricName, type NodeMetrics } from '#model/metrics.ts';
import { applySizes } from '../view/graph.ts';
import { mentionWeight, nodeColor, type ColorBy, type SizeBy } from '../view/style.ts';
import type { ViewGraph } from '../view/types.ts';

/** Colours of the largest communities, in order; the rest share OTHER_COMMUNITY. */
export const COMMUNITY_COLORS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#393b79',
  '#637939',
  '#843c39',
];
export const OTHER_COMMUNITY = '#b0b7c3';

const MIN_SIZE = 4;
const MAX_SIZE = 22;

/** What the size means, for the legend: the metric, over what, and its range in view. */
export interface SizeLegend {
  by: SizeBy;
  title: string;
  scope: 'view' | 'whole graph' | null;
  min: number;
  max: number;
  /** Nodes without the stored value (analyse has not seen them), drawn smallest. */
  missing: number;
}

/** One community in view, for the legend. */
export interface CommunityLegend {
  community: number;
  color: string;
  count: number;
  /** Its most central members' names. */
  members: string[];
}

export interface StyleLegend {
  size: SizeLegend;
  colorBy: ColorBy;
  communities: CommunityLegend[];
}

const SIZE_TITLES: Record<SizeBy, string> = {
  mentions: 'mentions (articles for events and allegations)',
  degree: 'links in view',
  pagerank: 'PageRank in view',
  betweenness: 'betweenness in view',
  'stored-pagerank': 'PageRank in the whole graph',
  'stored-betweenness': 'betweenness in the whole graph',
  'stored-degree': 'links in the whole graph',
};

const stored = (by: string): by is `stored-${MetricName}` => by.startsWith('stored-');

/** A stored metric of a node (from `newsgraph analyse`), or null. */
function storedMetric(properties: Record<string, unknown>, name: MetricName): number | null {
  const value = properties[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A size between MIN_SIZE and MAX_SIZE for a value in [min, max]; betweenness on a square-root scale (most are near 0). */
export function scaledSize(value: number, min: number, max: number, sqrt = false): number {
  if (max <= min) return (MIN_SIZE + MAX_SIZE) / 2;
  const t = (value - min) / (max - min);
  return MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (sqrt ? Math.sqrt(t) : t);
}

/** The colour of a community (the twelve largest have their own). */
export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY;
}

function metricValues(graph: ViewGraph, name: MetricName, fromStore: boolean, view: () => Map<string, NodeMetrics>) {
  const values = new Map<string, number>();
  if (fromStore) {
    graph.forEachNode((key, a) => {
      const value = storedMetric(a.properties, name);
      if (value !== null) values.set(key, value);
    });
  } else for (const [key, m] of view()) values.set(key, m[name]);
  return values;
}

function sizeBy(graph: ViewGraph, by: SizeBy, view: () => Map<string, NodeMetrics>): SizeLegend {
  const title = SIZE_TITLES[by];
  if (by === 'mentions' || by === 'degree') {
    applySizes(graph, by);
    let min = Infinity;
    let max = -Infinity;
    graph.forEachNode((key, a) => {
      const value = by === 'degree' ? graph.degree(key) : mentionWeight(a.properties);
      min = Math.min(min, value);
      max = Math.max(max, value);
    });
    return {
      by,
      title,
      scope: by === 'degree' ? 'view' : null,
      min: graph.order ? min : 0,
      max: graph.order ? max : 0,
      missing: 0,
    };
  }
  const name = (stored(by) ? by.slice('stored-'.length) : by) as MetricName;
  const values = metricValues(graph, name, stored(by), view);
  const all = [...values.values()];
  const min = all.length ? Math.min(...all) : 0;
  const max = all.length ? Math.max(...all) : 0;
  graph.updateEachNodeAttributes((key, attrs) => {
    const value = values.get(key);
    return { ...attrs, size: value === undefined ? MIN_SIZE : scaledSize(value, min, max, name === 'betweenness') };
  });
  return { by, title, scope: stored(by) ? 'whole graph' : 'view', min, max, missing: graph.order - values.size };
}

function colorBy(graph: ViewGraph, by: ColorBy, view: () => Map<string, NodeMetrics>): CommunityLegend[] {
  if (by === 'kind') {
    graph.updateEachNodeAttributes((_, a) => ({ ...a, color: nodeColor(a.kind, a.properties) }));
    return [];
  }
  const communities = metricValues(graph, 'community', by === 'stored-community', view);
  const members = new Map<number, { key: string; label: string; size: number }[]>();
  graph.updateEachNodeAttributes((key, a) => {
    const community = communities.get(key);
    if (community !== undefined)
      members.set(community, [...(members.get(community) ?? []), { key, label: a.label, size: a.size }]);
    return { ...a, color: community === undefined ? OTHER_COMMUNITY : communityColor(community) };
  });
  return [...members.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .map(([community, list]) => ({
      community,
      color: communityColor(community),
      count: list.length,
      members: [...list]
        .sort((x, y) => y.size - x.size)
        .slice(0, 3)
        .map((m) => m.label),
    }));
}

/** Sizes and colours the view as asked, computing the view's metrics once if either needs them; returns the legend. */
export function styleView(graph: ViewGraph, size: SizeBy, color: ColorBy): StyleLegend {
  let metrics: Map<string, NodeMetrics> | null = null;
  const view = () => (metrics ??= computeMetrics(graph, { betweenness: size === 'betweenness' }));
  const sizeLegend = sizeBy(graph, size, view);
  return { size: sizeLegend, colorBy: color, communities: colorBy(graph, color, view) };
}

/** Whether the nodes in view carry metrics stored by `newsgraph analyse`. */
export function hasStoredMetrics(graph: ViewGraph): boolean {
  return graph.someNode((_, a) => storedMetric(a.properties, 'pagerank') !== null);
}
