import { describe, expect, it } from 'vitest';
import type { Subgraph, SubgraphNode } from '#model/subgraph.ts';
import {
  applySizes,
  createViewGraph,
  mergeSubgraph,
  positionsAround,
  removeNodes,
  setHidden,
  setPinned,
} from './graph.ts';

const state = (key: string, name: string, mentionCount = 1): SubgraphNode => ({
  key,
  labels: ['Entity', 'State', 'Actor'],
  properties: { id: key, name, mentionCount },
});
const coMention = (source: string, target: string, elementKey = `x-${source}-${target}`) => ({
  key: elementKey,
  type: 'CO_MENTIONED',
  source,
  target,
  properties: { articleCount: 2, sentenceCount: 3 },
});

describe('mergeSubgraph', () => {
  it('should add nodes with kind, colour, label and size from their records', () => {
    const graph = createViewGraph();
    mergeSubgraph(graph, { nodes: [state('state:ru', 'Russia', 48)], edges: [] }, { mode: 'add' });
    const ru = graph.getNodeAttributes('state:ru');
    expect(ru.kind).toBe('State');
    expect(ru.label).toBe('Russia');
    expect(ru.color).toBe('#2e86ab');
    expect(ru.size).toBeGreaterThan(10);
  });

  it('should place new neighbours near their parent, not at random', () => {
    const graph = createViewGraph();
    mergeSubgraph(graph, { nodes: [state('a', 'A'), state('far', 'Far')], edges: [] }, { mode: 'add' });
    graph.mergeNodeAttributes('a', { x: 100, y: 100 });
    graph.mergeNodeAttributes('far', { x: -100, y: -100 });
    const neighbours: Subgraph = {
      nodes: [state('a', 'A'), ...['b', 'c', 'd'].map((k) => state(k, k.toUpperCase()))],
      edges: ['b', 'c', 'd'].map((k) => coMention('a', k)),
    };
    const result = mergeSubgraph(graph, neighbours, { mode: 'add', anchor: 'a' });
    expect(result.addedNodes).toEqual(['b', 'c', 'd']);
    for (const key of ['b', 'c', 'd']) {
      const { x, y } = graph.getNodeAttributes(key);
      expect(Math.hypot(x - 100, y - 100)).toBeLessThan(Math.hypot(x + 100, y + 100));
    }
  });

  it('should keep position, pin and visibility of nodes already in view', () => {
    const graph = createViewGraph();
    mergeSubgraph(graph, { nodes: [state('a', 'A')], edges: [] }, { mode: 'add' });
    graph.mergeNodeAttributes('a', { x: 5, y: 6, pinned: true, hidden: true });
    const result = mergeSubgraph(graph, { nodes: [state('a', 'A renamed')], edges: [] }, { mode: 'add' });
    expect(result.updatedNodes).toEqual(['a']);
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 5, y: 6, pinned: true, hidden: true, label: 'A renamed' });
  });

  it('should never duplicate an edge that arrives twice under different keys', () => {
    const graph = createViewGraph();
    const sub: Subgraph = { nodes: [state('a', 'A'), state('b', 'B')], edges: [coMention('a', 'b', 'k1')] };
    mergeSubgraph(graph, sub, { mode: 'add' });
    mergeSubgraph(graph, { ...sub, edges: [coMention('a', 'b', '4:abc:17')] }, { mode: 'add' });
    expect(graph.size).toBe(1);
    expect(graph.edges()).toEqual(['CO_MENTIONED:a->b']);
  });

  it('should keep parallel edges of different types', () => {
    const graph = createViewGraph();
    const sub: Subgraph = {
      nodes: [state('a', 'A'), state('b', 'B')],
      edges: [coMention('a', 'b'), { key: 'r', type: 'ALLIED_WITH', source: 'a', target: 'b', properties: {} }],
    };
    mergeSubgraph(graph, sub, { mode: 'add' });
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute('ALLIED_WITH:a->b', 'label')).toBe('allied with');
  });

  it('should skip edges whose ends are not in view', () => {
    const graph = createViewGraph();
    mergeSubgraph(graph, { nodes: [state('a', 'A')], edges: [coMention('a', 'zzz')] }, { mode: 'add' });
    expect(graph.size).toBe(0);
  });

  it('should replace the view in replace mode', () => {
    const graph = createViewGraph();
    mergeSubgraph(graph, { nodes: [state('a', 'A')], edges: [] }, { mode: 'add' });
    mergeSubgraph(graph, { nodes: [state('b', 'B')], edges: [] }, { mode: 'replace' });
    expect(graph.nodes()).toEqual(['b']);
  });

  it('should show an allegation status at a glance', () => {
    const graph = createViewGraph();
    const allegation: SubgraphNode = {
      key: 'al',
      labels: ['Allegation'],
      properties: { id: 'al', label: 'arms transfer', status: 'denied', articleCount: 2 },
    };
    mergeSubgraph(graph, { nodes: [allegation], edges: [] }, { mode: 'add' });
    expect(graph.getNodeAttributes('al')).toMatchObject({
      kind: 'Allegation',
      label: '✗ denied: arms transfer',
      color: '#5c677d',
    });
  });
});

describe('positionsAround', () => {
  it('should give distinct positions, all at least the radius away', () => {
    const points = positionsAround(0, 0, 100, 10);
    expect(new Set(points.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(100);
    for (const p of points) expect(Math.hypot(p.x, p.y)).toBeGreaterThanOrEqual(9.999);
  });
});

describe('node operations', () => {
  it('should remove, hide and pin nodes', () => {
    const graph = createViewGraph();
    mergeSubgraph(graph, { nodes: [state('a', 'A'), state('b', 'B')], edges: [coMention('a', 'b')] }, { mode: 'add' });
    setHidden(graph, ['a'], true);
    setPinned(graph, 'b', true);
    expect(graph.getNodeAttribute('a', 'hidden')).toBe(true);
    expect(graph.getNodeAttributes('b')).toMatchObject({ pinned: true, fixed: true });
    removeNodes(graph, ['a']);
    expect(graph.order).toBe(1);
    expect(graph.size).toBe(0);
  });

  it('should size by degree when asked', () => {
    const graph = createViewGraph();
    mergeSubgraph(
      graph,
      {
        nodes: [state('a', 'A', 1000), state('b', 'B', 1), state('c', 'C', 1)],
        edges: [coMention('b', 'a'), coMention('b', 'c')],
      },
      { mode: 'add' },
    );
    applySizes(graph, 'degree');
    expect(graph.getNodeAttribute('b', 'size')).toBeGreaterThan(graph.getNodeAttribute('a', 'size'));
  });
});
