/* Node counts by label and relationship counts by type, from the count store (cheap at any size). */
import type { GraphDatabase } from './graph-database.ts';
import { cypherQuery, fillCypher } from './cypher-files.ts';

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Counts nodes per label and relationships per type. */
export async function graphStats(db: GraphDatabase): Promise<GraphStats> {
  const labels = await db.read<{ label: string }>(cypherQuery('store', 'labels'));
  const types = await db.read<{ relationshipType: string }>(cypherQuery('store', 'relationship-types'));
  const stats: GraphStats = { nodes: {}, relationships: {} };
  const countNodes = cypherQuery('store', 'count-nodes-by-label');
  const countRelationships = cypherQuery('store', 'count-relationships-by-type');
  for (const { label } of labels) {
    const [row] = await db.read<{ count: number }>(fillCypher(countNodes, { label: [label] }));
    if (row && row.count > 0) stats.nodes[label] = row.count;
  }
  for (const { relationshipType } of types) {
    const [row] = await db.read<{ count: number }>(fillCypher(countRelationships, { type: [relationshipType] }));
    if (row && row.count > 0) stats.relationships[relationshipType] = row.count;
  }
  return stats;
}

/** Node counts by label as one line ("Article 5 · Person 12 · …"). */
export function countsLine(stats: GraphStats): string {
  return Object.entries(stats.nodes)
    .map(([label, count]) => `${label} ${count}`)
    .join(' · ');
}
