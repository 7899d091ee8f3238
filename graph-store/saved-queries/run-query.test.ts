import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { capSubgraph, defaultLimits, toDriverValue } from './run-query.ts';

describe('toDriverValue', () => {
  it('should send whole numbers as Neo4j integers, also inside lists and maps, and keep floats', () => {
    const value = toDriverValue({ n: 3, x: 1.5, l: [1, 'a'], m: { k: 2 }, s: 'state:ru', b: true, z: null }) as Record<
      string,
      unknown
    >;
    expect(neo4j.isInt(value.n)).toBe(true);
    expect(value.x).toBe(1.5);
    expect(neo4j.isInt((value.l as unknown[])[0])).toBe(true);
    expect(neo4j.isInt((value.m as Record<string, unknown>).k)).toBe(true);
    expect([value.s, value.b, value.z]).toEqual(['state:ru', true, null]);
  });
});

describe('capSubgraph', () => {
  const node = (key: string) => ({ key, labels: ['Entity'], properties: {} });
  const subgraph = {
    nodes: ['a', 'b', 'c'].map(node),
    edges: [
      { key: 'ab', type: 'R', source: 'a', target: 'b', properties: {} },
      { key: 'bc', type: 'R', source: 'b', target: 'c', properties: {} },
    ],
  };

  it('should keep the first nodes and only the edges between them', () => {
    const capped = capSubgraph(subgraph, 2);
    expect(capped.truncated).toBe(true);
    expect(capped.subgraph.nodes.map((n) => n.key)).toEqual(['a', 'b']);
    expect(capped.subgraph.edges.map((e) => e.key)).toEqual(['ab']);
  });

  it('should leave a small graph alone', () => {
    expect(capSubgraph(subgraph, 3)).toEqual({ subgraph, truncated: false });
  });
});

describe('defaultLimits', () => {
  it('should default to 10 s, 1000 rows and 500 nodes, and read the environment', () => {
    expect(defaultLimits({})).toEqual({ timeoutMs: 10_000, maxRows: 1000, maxNodes: 500 });
    expect(defaultLimits({ NEWSGRAPH_QUERY_TIMEOUT_MS: '2500', NEWSGRAPH_QUERY_MAX_ROWS: '7' })).toEqual({
      timeoutMs: 2500,
      maxRows: 7,
      maxNodes: 500,
    });
    expect(() => defaultLimits({ NEWSGRAPH_QUERY_MAX_NODES: 'many' })).toThrow(
      /NEWSGRAPH_QUERY_MAX_NODES must be a whole number/,
    );
  });
});
