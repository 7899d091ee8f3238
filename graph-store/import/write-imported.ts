/*
 * Writes an imported graph: the schema first (IF NOT EXISTS), then nodes MERGEd on their constrained
 * label and `id` (properties set, labels added), then relationships created only where no
 * relationship of the same type and the same properties already joins the two nodes. Batched, one
 * transaction per batch, so importing the same file twice changes nothing. Hubs are then ranked again
 * (graph-store/db/neighbour-ranking.ts).
 */
import type { GraphDatabase } from '../db/graph-database.ts';
import { InputError } from '#model/errors.ts';
import { cypherQuery, fillCypher } from '../db/cypher-files.ts';
import { keyLabel } from '#model/export/values.ts';
import { applySchema } from '../db/schema.ts';
import { rankHubs } from '../db/neighbour-ranking.ts';
import type { ImportedGraph } from './types.ts';
import { driverProperties } from './values.ts';

const BATCH = 1_000;

/** MERGE nodes on one key label; the other labels are set dynamically (cypher/import/merge-nodes.cypher). */
function mergeNodesQuery(label: string): string {
  return fillCypher(cypherQuery('import', 'merge-nodes'), { label: [label] });
}

/** Create relationships of one type between nodes found by key label, unless an identical one exists. */
function mergeEdgesQuery(type: string, sourceLabel: string | undefined, targetLabel: string | undefined): string {
  return fillCypher(cypherQuery('import', 'create-relationships'), {
    type: [type],
    sourceLabel: sourceLabel ? [sourceLabel] : [],
    targetLabel: targetLabel ? [targetLabel] : [],
  });
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export interface ImportCounts {
  nodes: number;
  edges: number;
}

/** Writes the graph; every relationship's end nodes must be in the file or already in the database. */
export async function writeImported(db: GraphDatabase, graph: ImportedGraph): Promise<ImportCounts> {
  await applySchema(db);
  const labelsOf = new Map(graph.nodes.map((n) => [n.key, n.labels]));
  for (const [label, nodes] of groupBy(graph.nodes, (n) => keyLabel(n.labels) ?? 'Node')) {
    const query = mergeNodesQuery(label);
    for (let i = 0; i < nodes.length; i += BATCH) {
      const rows = nodes
        .slice(i, i + BATCH)
        .map((n) => ({ key: n.key, labels: n.labels, properties: driverProperties({ ...n.properties, id: n.key }) }));
      await db.write(query, { rows });
    }
  }
  let edges = 0;
  const groups = groupBy(graph.edges, (e) =>
    JSON.stringify([e.type, keyLabel(labelsOf.get(e.source)) ?? '', keyLabel(labelsOf.get(e.target)) ?? '']),
  );
  for (const [group, rowsOfGroup] of groups) {
    const [type, sourceLabel, targetLabel] = JSON.parse(group) as [string, string, string];
    const query = mergeEdgesQuery(type, sourceLabel || undefined, targetLabel || undefined);
    for (let i = 0; i < rowsOfGroup.length; i += BATCH) {
      const rows = rowsOfGroup
        .slice(i, i + BATCH)
        .map((e) => ({ source: e.source, target: e.target, properties: driverProperties(e.properties) }));
      await db.write(query, { rows });
      edges += rows.length;
    }
  }
  if (graph.nodes.length === 0 && graph.edges.length === 0)
    throw new InputError('the file holds no nodes and no relationships; nothing was imported');
  // Relationships came in without the rankings that hubs keep of their neighbours: every hub is ranked again.
  await rankHubs(db);
  return { nodes: graph.nodes.length, edges };
}
