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
import { evidenceFor, withReads, toEdge, toNode, type Reader } from '../explorer-queries.ts';

/** The longest path searched for (the query's bound). */
export const MAX_HOPS = 8;
/** Evidence sentences shown per step. */
const STEP_EVIDENCE = 3;

/** Each edge of the paths with (the first few of) the sentences behind it, in two queries. */
async function stepsOf(read: Reader, edges: SubgraphEdge[]): Promise<PathStep[]> {
  const rows = await read<{ key: string; ids: string[] }>('evidence-ids-edges', {
    edges: edges.map(({ key, source, target, type }) => ({ key, source, target, type })),
  });
  const idsOf = new Map(rows.map((r) => [r.key, r.ids.map(String)]));
  const shown = [...new Set(edges.flatMap((e) => (idsOf.get(e.key) ?? []).slice(0, STEP_EVIDENCE)))];
  const highlight = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const sentences = shown.length > 0 ? (await evidenceFor(read, shown, highlight, 0, shown.length)).sentences : [];
  const byId = new Map(sentences.map((s) => [s.id, s]));
  return edges.map(({ key, type, source, target }) => {
    const ids = idsOf.get(key) ?? [];
    return {
      edge: { key, type, source, target },
      evidence: ids.slice(0, STEP_EVIDENCE).flatMap((id) => byId.get(id) ?? []),
      sentenceCount: ids.length,
    };
  });
}

/** The shortest paths from `from` to `to` (at most `limit`); NotFoundError when either is no entity. */
export function shortestPaths(db: GraphDatabase, from: string, to: string, limit: number): Promise<PathsResponse> {
  return withReads(db, async (read) => {
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
    const steps = edges.size > 0 ? await stepsOf(read, [...edges.values()]) : [];
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
