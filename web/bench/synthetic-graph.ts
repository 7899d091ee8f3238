/* A deterministic synthetic Subgraph for the benchmarks: skewed degrees, dated events, allegation statuses. */
import type { Subgraph } from '#model/subgraph.ts';

const KINDS = [
  ['Entity', 'State', 'Actor'],
  ['Entity', 'Person', 'Actor'],
  ['Entity', 'Organisation'],
  ['Event'],
  ['Allegation'],
];

/** A deterministic synthetic graph of `n` nodes and `m` edges (skewed degrees, dated events). */
export function synthetic(n: number, m: number, prefix = 'n'): Subgraph {
  const nodes = Array.from({ length: n }, (_, i) => {
    const labels = KINDS[i % KINDS.length]!;
    return {
      key: `${prefix}${i}`,
      labels,
      properties: {
        id: `${prefix}${i}`,
        name: `Node ${i}`,
        mentionCount: 1 + (i % 50),
        articleCount: 1 + (i % 7),
        ...(labels[0] === 'Event'
          ? { date: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}` }
          : {}),
        ...(labels[0] === 'Allegation' ? { status: ['alleged', 'denied', 'confirmed'][i % 3] } : {}),
      },
    };
  });
  const edges = [];
  let seed = 7;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let j = 0; j < m; j++) {
    const s = Math.floor(rand() ** 2 * n);
    let t = Math.floor(rand() * n);
    if (t === s) t = (t + 1) % n;
    edges.push({
      key: `e${j}`,
      type: j % 3 === 0 ? 'CO_MENTIONED' : 'PARTICIPATED_IN',
      source: `${prefix}${s}`,
      target: `${prefix}${t}`,
      properties: { articleCount: 1 + (j % 5), articleDates: ['2023-08-15'] },
    });
  }
  return { nodes, edges };
}
