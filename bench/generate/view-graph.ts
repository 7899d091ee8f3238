/*
 * A seeded Subgraph for drawing benchmarks: `n` nodes of every kind the explorer shows (people,
 * states, organisations, places, events with dates, allegations with statuses), named from the
 * synthetic world, and `m` distinct edges whose types fit their ends. Degrees are skewed (a few hubs,
 * many leaves), as in a news graph. No two edges share type and ends, so every renderer draws the same
 * number of edges.
 */
import type { Subgraph, SubgraphEdge, SubgraphNode } from '#model/subgraph.ts';
import { seededRandom } from '../lib/random.ts';

const KINDS: { kind: string; labels: string[]; share: number }[] = [
  { kind: 'Person', labels: ['Entity', 'Person', 'Actor'], share: 0.35 },
  { kind: 'State', labels: ['Entity', 'State', 'Actor'], share: 0.05 },
  { kind: 'Organisation', labels: ['Entity', 'Organisation'], share: 0.1 },
  { kind: 'Place', labels: ['Entity', 'Place'], share: 0.05 },
  { kind: 'Event', labels: ['Event'], share: 0.3 },
  { kind: 'Allegation', labels: ['Allegation'], share: 0.15 },
];
const STATUSES = ['alleged', 'denied', 'confirmed', 'disputed'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vos', 'shi', 'dar', 'ul', 'bek', 'no', 'za', 'ri', 'mon'];

function kindAt(fraction: number): (typeof KINDS)[number] {
  let sum = 0;
  for (const k of KINDS) {
    sum += k.share;
    if (fraction < sum) return k;
  }
  return KINDS[0]!;
}

function edgeType(sourceKind: string, targetKind: string, coin: number): string {
  if (targetKind === 'Event') return 'PARTICIPATED_IN';
  if (targetKind === 'Allegation') return coin < 0.6 ? 'ALLEGES' : coin < 0.85 ? 'DENIES' : 'CONFIRMS';
  if (sourceKind === 'Allegation') return 'TARGETS';
  if (sourceKind === 'Event') return 'TOOK_PLACE_IN';
  return coin < 0.5 ? 'CO_MENTIONED' : coin < 0.7 ? 'MEMBER_OF' : coin < 0.85 ? 'OFFICIAL_OF' : 'OPPOSES';
}

/** A seeded graph of `n` nodes and `m` distinct edges. */
export function viewGraph(n: number, m: number, seed = 5): Subgraph {
  const random = seededRandom(seed);
  const nodes: SubgraphNode[] = [];
  for (let i = 0; i < n; i++) {
    const { kind, labels } = kindAt(random.next());
    const key = `${kind.toLowerCase()}:${i}`;
    const name = Array.from({ length: 2 + random.int(3) }, () => random.pick(SYLLABLES)).join('');
    const properties: Record<string, unknown> = {
      id: key,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      mentionCount: 1 + Math.floor(random.next() ** 4 * 400),
      articleCount: 1 + random.int(12),
    };
    if (kind === 'Event') properties.date = `20${20 + random.int(6)}-0${1 + random.int(9)}-1${random.int(10)}`;
    if (kind === 'Allegation') properties.status = random.pick(STATUSES);
    nodes.push({ key, labels, properties });
  }
  const edges: SubgraphEdge[] = [];
  const seen = new Set<string>();
  const kindOf = (i: number) => nodes[i]!.labels[1] ?? nodes[i]!.labels[0]!;
  for (let tries = 0; edges.length < m && tries < m * 20; tries++) {
    // Hubs: the source is skewed towards low indices; targets spread over everything.
    const s = random.skewed(n, 2.5);
    const t = random.int(n);
    if (s === t) continue;
    const type = edgeType(kindOf(s), kindOf(t), random.next());
    const key = `${type}:${nodes[s]!.key}->${nodes[t]!.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({
      key,
      type,
      source: nodes[s]!.key,
      target: nodes[t]!.key,
      properties: { articleCount: 1 + Math.floor(random.next() ** 3 * 20), sentenceCount: 1 + random.int(5) },
    });
  }
  return { nodes, edges };
}
