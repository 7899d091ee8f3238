import { describe, expect, it } from 'vitest';
import { createViewGraph, mergeSubgraph } from './graph.ts';
import { CURVATURE_STEP, curveControlPoint, parallelCurvatures } from './curves.ts';

function view(edges: { type: string; source: string; target: string }[]) {
  const graph = createViewGraph();
  mergeSubgraph(
    graph,
    {
      nodes: ['a', 'b', 'c'].map((key) => ({ key, labels: ['Entity', 'State'], properties: { name: key } })),
      edges: edges.map((e, i) => ({ key: String(i), ...e, properties: {} })),
    },
    { mode: 'add' },
  );
  return graph;
}

describe('parallelCurvatures', () => {
  it('should leave an edge alone straight and bend two parallel edges apart', () => {
    const graph = view([
      { type: 'CO_MENTIONED', source: 'a', target: 'b' },
      { type: 'LEADER_OF', source: 'a', target: 'b' },
      { type: 'ALLIED_WITH', source: 'b', target: 'c' },
    ]);
    const curves = parallelCurvatures(graph);
    expect(curves.has('ALLIED_WITH:b->c')).toBe(false);
    const co = curves.get('CO_MENTIONED:a->b')!;
    const leader = curves.get('LEADER_OF:a->b')!;
    expect(Math.abs(co)).toBeCloseTo(CURVATURE_STEP / 2);
    expect(Math.sign(co)).toBe(-Math.sign(leader));
  });

  it('should bend edges of opposite directions to opposite sides on screen', () => {
    const graph = view([
      { type: 'OPPOSES', source: 'a', target: 'b' },
      { type: 'OPPOSES', source: 'b', target: 'a' },
    ]);
    const curves = parallelCurvatures(graph);
    const ab = curveControlPoint(0, 0, 100, 0, curves.get('OPPOSES:a->b')!);
    const ba = curveControlPoint(100, 0, 0, 0, curves.get('OPPOSES:b->a')!);
    expect(Math.sign(ab.y)).toBe(-Math.sign(ba.y));
    expect(ab.y).not.toBe(0);
  });
});
