import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { computeMetrics, metricRange, simpleUndirected } from './metrics.ts';

/** Two triangles joined by one bridge c–d, with a parallel edge a→b, b→a. */
function twoTriangles(): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  ['a', 'b', 'c', 'd', 'e', 'f', 'g'].forEach((k) => g.addNode(k));
  for (const [s, t] of [
    ['a', 'b'],
    ['b', 'a'],
    ['b', 'c'],
    ['a', 'c'],
    ['c', 'd'],
    ['d', 'e'],
    ['e', 'f'],
    ['d', 'f'],
    ['f', 'g'],
  ])
    g.addEdge(s, t);
  return g;
}

describe('computeMetrics', () => {
  it('should make parallel edges of any direction one weighted undirected edge', () => {
    const simple = simpleUndirected(twoTriangles());
    expect(simple.size).toBe(8);
    expect(simple.getEdgeAttribute(simple.edge('a', 'b')!, 'weight')).toBe(2);
  });

  it('should rank the bridge ends highest in betweenness and count distinct neighbours as degree', () => {
    const metrics = computeMetrics(twoTriangles());
    const top = [...metrics.entries()].sort((x, y) => y[1].betweenness - x[1].betweenness).map(([k]) => k);
    expect(top.slice(0, 2).sort()).toEqual(['c', 'd']);
    expect(metrics.get('a')!.degree).toBe(2);
    expect(metrics.get('g')!.betweenness).toBe(0);
  });

  it('should find the two triangles as two communities, numbered by size, the same every time', () => {
    const metrics = computeMetrics(twoTriangles());
    expect(metrics.get('a')!.community).toBe(metrics.get('c')!.community);
    expect(metrics.get('d')!.community).not.toBe(metrics.get('c')!.community);
    expect(metrics.get('d')!.community).toBe(0); // d, e, f, g: the larger community
    expect(computeMetrics(twoTriangles())).toEqual(metrics);
  });

  it('should give PageRanks that add up to one, and leave out the nodes it is told to', () => {
    const metrics = computeMetrics(twoTriangles(), { keep: (k) => k !== 'g' });
    expect(metrics.has('g')).toBe(false);
    expect([...metrics.values()].reduce((s, m) => s + m.pagerank, 0)).toBeCloseTo(1, 6);
    expect(metricRange(metrics.values(), 'degree')).toEqual({ min: 2, max: 3 });
  });
});
