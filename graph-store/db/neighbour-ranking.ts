/*
 * The stored ranking of a hub's neighbours: on each node with more than HUB_DEGREE relationships
 * besides provenance, its RANKED_NEIGHBOURS best neighbours (`topNeighbours`, `topScores`, best first:
 * the most articles behind one relationship, then by id), so the explorer pages through a hub without
 * reading its every relationship (cypher/api/neighbourhood.cypher). The ranking is a function of the
 * graph, kept so by every writer in the transaction of its write:
 *  - after additions (the loader's batches, a decision's new relationships), the hubs among the nodes
 *    written rescore only the neighbours whose relationships changed (add-to-neighbour-ranking);
 *  - after removals (a retraction, a decision's moved relationships), a hub is ranked from scratch
 *    only when it may have lost a member of its ranking (rank-neighbours);
 *  - after writes that note no changes (an import, the benchmark's generated graph), every hub is
 *    ranked from scratch (rankHubs).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { HUB_DEGREE, RANKED_NEIGHBOURS } from '#model/graph-model.ts';
import type { GraphDatabase } from './graph-database.ts';
import { cypherQuery } from './cypher-files.ts';

/** Which neighbours of which nodes a write changed: for each node id, the ids at the other end of its changed relationships. */
export class ChangedNeighbours {
  private readonly of = new Map<string, Set<string>>();

  /** Notes that the relationships between the nodes `a` and `b` changed (created, deleted, provenance added or taken). */
  add(a: string, b: string): this {
    this.neighboursOf(a).add(b);
    this.neighboursOf(b).add(a);
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

  /** One row per node, as the ranking queries take them. */
  rows(): { id: string; changed: string[] }[] {
    return [...this.of].map(([id, changed]) => ({ id, changed: [...changed] }));
  }

  private neighboursOf(id: string): Set<string> {
    let set = this.of.get(id);
    if (!set) this.of.set(id, (set = new Set()));
    return set;
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
