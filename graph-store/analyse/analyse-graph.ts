/*
 * `newsgraph analyse`: PageRank, betweenness, degree and Louvain community of every entity, event
 * and allegation over the whole graph (model/metrics.ts), stored on the nodes (`pagerank`,
 * `betweenness`, `degree`, `community`, `metricsAt`), so the explorer can size and colour by them
 * and its overview can start from the most central actors. Reads and writes are cypher/analyse/.
 */
import neo4j from 'neo4j-driver';
import { MultiDirectedGraph } from 'graphology';
import { computeMetrics, type NodeMetrics } from '#model/metrics.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { cypherQuery } from '../db/cypher-files.ts';

/** Nodes written per transaction. */
const BATCH = 5000;

export interface AnalyseSummary {
  nodes: number;
  links: number;
  communities: number;
  /** The most central nodes by PageRank, most central first. */
  top: { id: string; pagerank: number; betweenness: number; degree: number; community: number }[];
  at: string;
}

/** Computes the metrics of the whole graph and stores them on its nodes. */
export async function analyseGraph(
  db: GraphDatabase,
  options: { betweenness?: boolean } = {},
): Promise<AnalyseSummary> {
  const graph = new MultiDirectedGraph();
  for (const { id } of await db.read<{ id: string }>(cypherQuery('analyse', 'graph-nodes'))) graph.mergeNode(id);
  const links = await db.read<{ source: string; target: string }>(cypherQuery('analyse', 'graph-links'));
  for (const { source, target } of links)
    if (graph.hasNode(source) && graph.hasNode(target)) graph.addEdge(source, target);
  const metrics = computeMetrics(graph, options);
  const at = new Date().toISOString();
  const rows = [...metrics.entries()].map(([id, m]) => ({
    id,
    ...m,
    degree: neo4j.int(m.degree),
    community: neo4j.int(m.community),
  }));
  for (let i = 0; i < rows.length; i += BATCH)
    await db.write(cypherQuery('analyse', 'write-metrics'), { rows: rows.slice(i, i + BATCH), at });
  const byRank = [...metrics.entries()].sort((a, b) => b[1].pagerank - a[1].pagerank);
  return {
    nodes: graph.order,
    links: links.length,
    communities: new Set([...metrics.values()].map((m: NodeMetrics) => m.community)).size,
    top: byRank.slice(0, 10).map(([id, m]) => ({ id, ...m })),
    at,
  };
}
