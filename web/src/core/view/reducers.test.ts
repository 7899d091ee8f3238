import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '#model/filters.ts';
import { visibleElements } from '../filters/utils.ts';
import { createViewGraph, mergeSubgraph } from './graph.ts';
import { HIGHLIGHT_EDGE, neighbourhoodOf, reduceEdge, reduceNode, type ReducerContext } from './reducers.ts';

function context(partial: Partial<ReducerContext> = {}): ReducerContext {
  const graph = createViewGraph();
  mergeSubgraph(
    graph,
    {
      nodes: ['a', 'b', 'c'].map((k) => ({
        key: k,
        labels: ['Entity', 'State'],
        properties: { name: k.toUpperCase() },
      })),
      edges: [
        { key: '1', type: 'CO_MENTIONED', source: 'a', target: 'b', properties: {} },
        { key: '2', type: 'ALLIED_WITH', source: 'b', target: 'c', properties: {} },
      ],
    },
    { mode: 'add' },
  );
  return {
    graph,
    visibility: visibleElements(graph, DEFAULT_FILTERS),
    hovered: null,
    hoverSet: null,
    selected: null,
    selectedEdge: null,
    more: {},
    ...partial,
  };
}

describe('reducers', () => {
  it('should fade what is not next to the hovered node', () => {
    const base = context();
    const ctx = { ...base, hovered: 'a', hoverSet: neighbourhoodOf(base.graph, 'a') };
    expect(reduceNode(ctx, 'b', base.graph.getNodeAttributes('b')).label).toBe('B');
    expect(reduceNode(ctx, 'c', base.graph.getNodeAttributes('c')).label).toBe('');
    expect(reduceEdge(ctx, 'ALLIED_WITH:b->c', base.graph.getEdgeAttributes('ALLIED_WITH:b->c'), 'b', 'c').label).toBe(
      '',
    );
  });

  it('should draw co-mentions without an arrow and relations with one, curved where edges are parallel', () => {
    const ctx = context();
    expect(reduceEdge(ctx, 'CO_MENTIONED:a->b', ctx.graph.getEdgeAttributes('CO_MENTIONED:a->b'), 'a', 'b').type).toBe(
      'line',
    );
    const allied = reduceEdge(ctx, 'ALLIED_WITH:b->c', ctx.graph.getEdgeAttributes('ALLIED_WITH:b->c'), 'b', 'c');
    expect(allied).toMatchObject({ type: 'arrow', label: '' });
    const curved = { ...ctx, curvatures: new Map([['CO_MENTIONED:a->b', 0.2]]) };
    expect(
      reduceEdge(curved, 'CO_MENTIONED:a->b', ctx.graph.getEdgeAttributes('CO_MENTIONED:a->b'), 'a', 'b'),
    ).toMatchObject({ type: 'curve', curvature: 0.2 });
  });

  it('should label relations around the selected node, on the selected edge, or when zoomed in', () => {
    const ctx = context();
    const attrs = ctx.graph.getEdgeAttributes('ALLIED_WITH:b->c');
    expect(reduceEdge({ ...ctx, selected: 'c' }, 'ALLIED_WITH:b->c', attrs, 'b', 'c').label).toBe('allied with');
    expect(reduceEdge({ ...ctx, selectedEdge: 'ALLIED_WITH:b->c' }, 'ALLIED_WITH:b->c', attrs, 'b', 'c').label).toBe(
      'allied with',
    );
    expect(reduceEdge({ ...ctx, zoomedIn: true }, 'ALLIED_WITH:b->c', attrs, 'b', 'c').label).toBe('allied with');
  });

  it('should shorten long labels, and show them in full when hovered', () => {
    const ctx = context();
    const attrs = { ...ctx.graph.getNodeAttributes('a'), label: 'Kim’s message to Putin and Russia, 12 Jun 2023' };
    expect(reduceNode(ctx, 'a', attrs).label).toBe('Kim’s message to Putin and…');
    expect(reduceNode({ ...ctx, hovered: 'a' }, 'a', attrs).label).toBe(attrs.label);
  });

  it('should label co-mentions only around the hovered or selected node', () => {
    const ctx = context();
    const attrs = ctx.graph.getEdgeAttributes('CO_MENTIONED:a->b');
    expect(reduceEdge(ctx, 'CO_MENTIONED:a->b', attrs, 'a', 'b').label).toBe('');
    expect(reduceEdge({ ...ctx, selected: 'a' }, 'CO_MENTIONED:a->b', attrs, 'a', 'b').label).toBe('co-mentioned');
  });

  it('should hide what the filters leave out and show "+N more"', () => {
    const base = context();
    base.graph.setNodeAttribute('c', 'hidden', true);
    const ctx = { ...base, visibility: visibleElements(base.graph, DEFAULT_FILTERS), more: { a: { leftOut: 7 } } };
    expect(reduceNode(ctx, 'c', base.graph.getNodeAttributes('c')).hidden).toBe(true);
    expect(reduceNode(ctx, 'a', base.graph.getNodeAttributes('a')).label).toBe('A (+7)');
    const estimated = { ...ctx, more: { a: { leftOut: 99_000, exact: false } } };
    expect(reduceNode(estimated, 'a', base.graph.getNodeAttributes('a')).label).toBe('A (+~99000)');
  });
});

describe('highlight', () => {
  it('should draw highlighted nodes and edges out and fade the rest, keeping edges between highlighted nodes', () => {
    const base = context();
    const ctx = { ...base, highlight: { nodes: new Set(['a', 'b']), edges: new Set(['ALLIED_WITH:b->c']) } };
    expect(reduceNode(ctx, 'a', base.graph.getNodeAttributes('a'))).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
    expect(reduceNode(ctx, 'c', base.graph.getNodeAttributes('c'))).toMatchObject({ color: '#e6e8eb', label: '' });
    const step = reduceEdge(ctx, 'ALLIED_WITH:b->c', base.graph.getEdgeAttributes('ALLIED_WITH:b->c'), 'b', 'c');
    expect(step).toMatchObject({ color: HIGHLIGHT_EDGE, forceLabel: true, label: 'allied with' });
    const between = reduceEdge(ctx, 'CO_MENTIONED:a->b', base.graph.getEdgeAttributes('CO_MENTIONED:a->b'), 'a', 'b');
    expect(between.color).not.toBe('#e6e8eb');
  });
});
