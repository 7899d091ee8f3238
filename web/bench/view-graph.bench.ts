/*
 * The explorer's graph logic at size, in Node (no browser): merging a 100-neighbour expansion into
 * a view, and building and filtering a 5,000-node / 20,000-edge view, with the per-frame reducer
 * cost sigma would pay to draw it. Prints medians. (Drawing itself is measured in the browser by
 * e2e/explorer.spec.ts's timings only indirectly; see the report.)
 */
import type { Subgraph } from '#model/subgraph.ts';
import { synthetic } from './synthetic-graph.ts';
import { DEFAULT_FILTERS } from '#model/filters.ts';
import { visibleElements } from '../src/core/filters/utils.ts';
import { timelineItems } from '../src/core/timeline/utils.ts';
import { serializeViewState, EMPTY_VIEW } from '../src/core/url-state/utils.ts';
import { applySizes, createViewGraph, mergeSubgraph } from '../src/core/view/graph.ts';
import { neighbourhoodOf, reduceEdge, reduceNode, type ReducerContext } from '../src/core/view/reducers.ts';

function median(f: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Measures and prints the graph-logic figures. */
export async function run(): Promise<void> {
  // 1. Expanding a node with 100 neighbours into a view of 300.
  const base = synthetic(300, 900);
  const expansion: Subgraph = {
    nodes: [
      base.nodes[0]!,
      ...Array.from({ length: 100 }, (_, i) => ({
        key: `x${i}`,
        labels: ['Entity', 'Person', 'Actor'],
        properties: { id: `x${i}`, name: `New ${i}`, mentionCount: i },
      })),
    ],
    edges: Array.from({ length: 100 }, (_, i) => ({
      key: `xe${i}`,
      type: 'CO_MENTIONED',
      source: 'n0',
      target: `x${i}`,
      properties: { articleCount: 1 },
    })),
  };
  const merge = median(() => {
    const g = createViewGraph();
    mergeSubgraph(g, base, { mode: 'add' });
    mergeSubgraph(g, expansion, { mode: 'add', anchor: 'n0' });
  }, 30);
  const baseOnly = median(() => mergeSubgraph(createViewGraph(), base, { mode: 'add' }), 30);
  process.stdout.write(
    `expand 100 neighbours into a 300-node view (merge + placement): ${(merge - baseOnly).toFixed(2)} ms (budget for click-to-drawn: 150 ms)\n`,
  );

  // 2. A 5,000-node, 20,000-edge view.
  const big = synthetic(5000, 20000);
  const g = createViewGraph();
  const build = median(() => mergeSubgraph(g, big, { mode: 'replace' }), 5);
  const filters = { ...DEFAULT_FILTERS, kinds: ['State', 'Person', 'Event'], from: '2015-01-01', to: '2023-12-31' };
  const visibility = visibleElements(g, filters);
  const filter = median(() => visibleElements(g, filters), 10);
  const sizes = median(() => applySizes(g, 'degree'), 10);
  const ctx: ReducerContext = {
    graph: g,
    visibility,
    hovered: 'n1',
    hoverSet: neighbourhoodOf(g, 'n1'),
    selected: 'n1',
    selectedEdge: null,
    more: {},
  };
  const reducers = median(() => {
    g.forEachNode((k, a) => reduceNode(ctx, k, a));
    g.forEachEdge((k, a, s, t) => reduceEdge(ctx, k, a, s, t));
  }, 10);
  const timeline = median(() => timelineItems(g), 10);
  const url = serializeViewState({ ...EMPTY_VIEW, nodes: g.nodes() });
  process.stdout.write(
    `5,000 nodes / 20,000 edges: build ${build.toFixed(1)} ms, filter ${filter.toFixed(1)} ms (${visibility.nodes.size} nodes, ${visibility.edges.size} edges left), ` +
      `size by degree ${sizes.toFixed(1)} ms, reducers for one full redraw ${reducers.toFixed(1)} ms, timeline ${timeline.toFixed(1)} ms, URL ${Math.round(url.length / 1024)} KB\n`,
  );
}
