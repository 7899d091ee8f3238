/*
 * How two entities are connected: the shortest paths between them through entities, events and
 * allegations (never sentences or articles), as one subgraph to add to the view, with the
 * sentences behind each step.
 */
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import type { PlainPath } from '../../../graph-store/db/to-plain.ts';
import type { PathStep, PathsResponse } from '#model/analyst-api.ts';
import { NotFoundError } from '#model/errors.ts';
import type { SubgraphEdge, SubgraphNode } from '#model/subgraph.ts';
import { evidenceFor, inTransaction, toEdge, toNode, type Reader } from '../explorer-queries.ts';

/** The longest path searched for (the query's bound). */
export const MAX_HOPS = 8;
/** Evidence sentences shown per step. */
const STEP_EVIDENCE = 3;

async function stepOf(read: Reader, edge: SubgraphEdge): Promise<PathStep> {
  const { source, target, type } = edge;
  const [row] = await read<{ ids: string[] }>('evidence-ids-edge', { source, target, type });
  const evidence = await evidenceFor(read, (row?.ids ?? []).map(String), [source, target], 0, STEP_EVIDENCE);
  return { edge: { key: edge.key, type, source, target }, evidence: evidence.sentences, sentenceCount: evidence.total };
}

/** The shortest paths from `from` to `to` (at most `limit`); NotFoundError when either is no entity. */
export function shortestPaths(db: GraphDatabase, from: string, to: string, limit: number): Promise<PathsResponse> {
  return inTransaction(db, async (read) => {
    const ends = await read<{ n: { labels: string[] } }>('nodes-by-key', { keys: [from, to] });
    if (ends.filter((e) => e.n.labels.includes('Entity')).length < (from === to ? 1 : 2))
      throw new NotFoundError(`shortestPaths: "${from}" and "${to}" must both be entity ids`);
    const rows = from === to ? [] : await read<{ p: PlainPath }>('shortest-paths-between', { from, to, limit });
    const nodes = new Map<string, SubgraphNode>();
    const edges = new Map<string, SubgraphEdge>();
    const paths: string[][] = [];
    for (const { p } of rows) {
      const keyOf = new Map(p.nodes.map((n) => [n.elementId, toNode(n).key]));
      p.nodes.forEach((n) => nodes.set(toNode(n).key, toNode(n)));
      const order = [from];
      for (const rel of p.relationships) {
        const edge = toEdge(rel, keyOf);
        if (!edge) continue;
        edges.set(edge.key, edge);
        order.push(order.at(-1) === edge.source ? edge.target : edge.source);
      }
      paths.push(order);
    }
    const steps: PathStep[] = [];
    for (const edge of edges.values()) steps.push(await stepOf(read, edge));
    return {
      from,
      to,
      hops: paths.length > 0 ? paths[0]!.length - 1 : null,
      maxHops: MAX_HOPS,
      paths,
      subgraph: { nodes: [...nodes.values()], edges: [...edges.values()] },
      steps,
    };
  });
}
