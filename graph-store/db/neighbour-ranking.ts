/*
 * The stored ranking of a hub's neighbours: on each node with more than HUB_DEGREE relationships
 * besides provenance, its RANKED_NEIGHBOURS best neighbours (`topNeighbours`, `topScores`, best first:
 * the most articles behind one relationship, then by id), so the explorer pages through a hub without
 * reading its every relationship (cypher/api/neighbourhood.cypher). The ranking is a function of the
 * graph, kept so by every writer in the transaction of its write:
 *  - after additions (the loader's batches, a decision's new relationships), the hubs among the nodes
 *    written rescore only the neighbours whose relationships changed (add-to-neighbour-ranking), from
 *    the scores of the relationships just written when the writer gives them (the loader does);
 *  - after removals (a retraction, a decision's moved relationships), a hub is ranked from scratch
 *    only when it may have lost a member of its ranking (rank-neighbours);
 *  - after writes that note no changes (an import, the benchmark's generated graph), every hub is
 *    ranked from scratch (rankHubs).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { HUB_DEGREE, RANKED_NEIGHBOURS } from '#model/graph-model.ts';
import type { GraphDatabase } from './graph-database.ts';
import { cypherQuery } from './cypher-files.ts';

/**
 * Which neighbours of which nodes a write changed: for each node id, the ids at the other end of its changed
 * relationships, each with its new score when the writer knows it (the articles behind a relationship it just wrote),
 * so the ranking need not read that pair's relationships again.
 */
export class ChangedNeighbours {
  /** Per node, per neighbour: the best score written between them, or null when it must be read from the graph. */
  private readonly of = new Map<string, Map<string, number | null>>();

  /** Notes that the relationships between the nodes `a` and `b` changed (created, deleted, provenance added or taken). */
  add(a: string, b: string): this {
    this.note(a, b, null);
    this.note(b, a, null);
    return this;
  }

  /** Notes that a relationship between `a` and `b` was created or gained provenance and now has `score` articles. */
  addScored(a: string, b: string, score: number): this {
    this.note(a, b, score);
    this.note(b, a, score);
    return this;
  }

  /** Notes that the node `a` lost every relationship with `neighbours` (it was deleted). */
  addAll(a: string, neighbours: Iterable<string>): this {
    for (const b of neighbours) this.add(a, b);
    return this;
  }

  get size(): number {
    return this.of.size;
  }

  /** One row per node, as the ranking queries take them: neighbours to score from the graph, and those scored already. */
  rows(): { id: string; changed: string[]; scored: { id: string; score: number }[] }[] {
    return [...this.of].map(([id, neighbours]) => {
      const changed: string[] = [];
      const scored: { id: string; score: number }[] = [];
      for (const [other, score] of neighbours)
        if (score === null) changed.push(other);
        else scored.push({ id: other, score });
      return { id, changed, scored };
    });
  }

  private note(a: string, b: string, score: number | null): void {
    let neighbours = this.of.get(a);
    if (!neighbours) this.of.set(a, (neighbours = new Map()));
    const known = neighbours.get(b);
    // Once a pair must be read from the graph, a known score adds nothing; two known scores keep the higher.
    if (known === null) return;
    neighbours.set(b, score === null || known === undefined ? score : Math.max(known, score));
  }
}

/** Where a node becomes a hub (HUB_DEGREE) and how many neighbours it ranks (RANKED_NEIGHBOURS): lowered only by tests. */
export interface RankingOptions {
  hubDegree?: number;
  top?: number;
}

function params(options: RankingOptions): { hubDegree: number; top: number } {
  return { hubDegree: options.hubDegree ?? HUB_DEGREE, top: options.top ?? RANKED_NEIGHBOURS };
}

/** After relationships were created or gained provenance: the hubs among the nodes changed take the new scores in. */
export function rankAfterAdditions(tx: ManagedTransaction, changed: ChangedNeighbours, options: RankingOptions = {}) {
  return rankChanged(tx, 'add-to-neighbour-ranking', changed, options);
}

/** After relationships lost provenance or went: hubs that may have lost a ranked neighbour are ranked again, and former hubs lose their ranking. */
export function rankAfterRemovals(tx: ManagedTransaction, changed: ChangedNeighbours, options: RankingOptions = {}) {
  return rankChanged(tx, 'rank-neighbours', changed, options);
}

async function rankChanged(
  tx: ManagedTransaction,
  query: 'add-to-neighbour-ranking' | 'rank-neighbours',
  changed: ChangedNeighbours,
  options: RankingOptions,
): Promise<void> {
  if (changed.size > 0) await tx.run(cypherQuery('write', query), { rows: changed.rows(), ...params(options) });
}

/** Ranks every hub from scratch (and takes the ranking off nodes that are no longer hubs), one transaction per 100 nodes. */
export async function rankHubs(db: GraphDatabase, options: RankingOptions = {}): Promise<number> {
  const { hubDegree } = params(options);
  const ids = (await db.read<{ id: string }>(cypherQuery('write', 'ranked-nodes'), { hubDegree })).map((r) => r.id);
  for (let i = 0; i < ids.length; i += 100) {
    const rows = ids.slice(i, i + 100).map((id) => ({ id, changed: null }));
    await db.executeWrite((tx) => tx.run(cypherQuery('write', 'rank-neighbours'), { rows, ...params(options) }));
  }
  return ids.length;
}
