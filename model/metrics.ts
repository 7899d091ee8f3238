/*
 * Who is central: PageRank, betweenness, degree and Louvain communities of a graph, computed with
 * graphology-metrics and graphology-communities-louvain. The same pure functions serve the browser
 * (metrics of the view) and `newsgraph analyse` (metrics of the whole graph, stored on the nodes).
 * The graph is first made simple and undirected (parallel edges of any type and direction become
 * one, weighted by how many there were), as Louvain requires and as "connected" means to a reader.
 */
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import louvainModule from 'graphology-communities-louvain';
import { seededRandom } from './random.ts';

/** A CommonJS module's function, whether the import gave it (Node, Vite) or wrapped it as `default` (TypeScript's NodeNext view). */
type Exported<M> = M extends { default: infer D } ? D : M;
function exported<M>(module: M): Exported<M> {
  return ((module as { default?: unknown }).default ?? module) as Exported<M>;
}
const pagerank = exported(pagerankModule);
const betweenness = exported(betweennessModule);
const louvain = exported(louvainModule);

export interface NodeMetrics {
  pagerank: number;
  /** Normalised betweenness centrality (0 to 1). */
  betweenness: number;
  /** Distinct neighbours. */
  degree: number;
  /** Louvain community, numbered by size: 0 is the largest. */
  community: number;
}

/** The metrics a view can be sized or coloured by, and their names. */
export const METRICS = ['pagerank', 'betweenness', 'degree', 'community'] as const;
export type MetricName = (typeof METRICS)[number];

export const METRIC_TITLES: Record<MetricName, string> = {
  pagerank: 'PageRank',
  betweenness: 'betweenness',
  degree: 'degree',
  community: 'community',
};

/** The graph as a simple undirected graph: one edge per linked pair, its `weight` the number of edges between them. */
export function simpleUndirected(graph: AbstractGraph, keep: (key: string) => boolean = () => true): UndirectedGraph {
  const simple = new UndirectedGraph();
  graph.forEachNode((key) => {
    if (keep(key)) simple.addNode(key);
  });
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source === target || !simple.hasNode(source) || !simple.hasNode(target)) return;
    simple.updateUndirectedEdge(source, target, (attrs: { weight?: number }) => ({ weight: (attrs.weight ?? 0) + 1 }));
  });
  return simple;
}

/** Louvain communities renumbered by size (largest first, ties by their first member), so colours stay put. */
function communitiesBySize(simple: UndirectedGraph): Record<string, number> {
  if (simple.size === 0) return Object.fromEntries(simple.nodes().map((key, i) => [key, i]));
  const raw = louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(42) }); // seeded: the same communities every time
  const members = new Map<number, string[]>();
  for (const key of simple.nodes()) members.set(raw[key]!, [...(members.get(raw[key]!) ?? []), key]);
  const order = [...members.entries()].sort(
    (a, b) => b[1].length - a[1].length || [...a[1]].sort()[0]!.localeCompare([...b[1]].sort()[0]!),
  );
  const renumber = new Map(order.map(([community], i) => [community, i]));
  return Object.fromEntries(simple.nodes().map((key) => [key, renumber.get(raw[key]!)!]));
}

export interface MetricsOptions {
  /** Leaves out the nodes this refuses. */
  keep?: (key: string) => boolean;
  /** Betweenness costs O(nodes × edges); false leaves it 0 (for very large graphs). */
  betweenness?: boolean;
}

/** PageRank, betweenness, degree and community of every node (of those `keep` keeps). */
export function computeMetrics(graph: AbstractGraph, options: MetricsOptions = {}): Map<string, NodeMetrics> {
  const { keep, betweenness: withBetweenness = true } = options;
  const simple = simpleUndirected(graph, keep);
  const out = new Map<string, NodeMetrics>();
  if (simple.order === 0) return out;
  const ranks = simple.size > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
  const between: Record<string, number> = withBetweenness
    ? betweenness(simple, { normalized: true, getEdgeWeight: null })
    : {};
  const communities = communitiesBySize(simple);
  simple.forEachNode((key) => {
    out.set(key, {
      pagerank: ranks[key] ?? 1 / simple.order,
      betweenness: between[key] ?? 0,
      degree: simple.degree(key),
      community: communities[key] ?? 0,
    });
  });
  return out;
}

/** The smallest and largest value of a metric over the given nodes (0 and 0 for none). */
export function metricRange(metrics: Iterable<NodeMetrics>, name: MetricName): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const m of metrics) {
    min = Math.min(min, m[name]);
    max = Math.max(max, m[name]);
  }
  return min === Infinity ? { min: 0, max: 0 } : { min, max };
}
