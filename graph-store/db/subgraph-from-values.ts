/*
 * Subgraph: the one shape in which graph results travel (API responses, saved-query results,
 * exports). Built from any query result: every node, relationship and path found in the records'
 * values (also inside lists and maps) is collected once.
 * Keys follow the model's one convention (model/subgraph.ts); repeats of one type between the same
 * two nodes are numbered in elementId order, so two reads of the same relationships key them alike.
 */
import { edgeKey, nodeKey, type Subgraph, type SubgraphEdge } from '#model/subgraph.ts';
import { toPlain, type PlainNode, type PlainPath, type PlainRelationship } from './to-plain.ts';

function isPlainNode(value: unknown): value is PlainNode {
  return (
    typeof value === 'object' && value !== null && 'labels' in value && 'elementId' in value && 'properties' in value
  );
}

function isPlainRelationship(value: unknown): value is PlainRelationship {
  return typeof value === 'object' && value !== null && 'startElementId' in value && 'type' in value;
}

function isPlainPath(value: unknown): value is PlainPath {
  return (
    typeof value === 'object' &&
    value !== null &&
    'nodes' in value &&
    'relationships' in value &&
    Array.isArray((value as PlainPath).nodes)
  );
}

/** Edges for relationships whose ends are known, keyed by the model's convention. */
function keyedEdges(relationships: PlainRelationship[], keyOf: Map<string, string>): SubgraphEdge[] {
  const ends = relationships
    // A relationship whose end nodes were not returned cannot be drawn; it is left out.
    .filter((r) => keyOf.has(r.startElementId) && keyOf.has(r.endElementId))
    .map((r) => ({ r, type: r.type, source: keyOf.get(r.startElementId)!, target: keyOf.get(r.endElementId)! }));
  const repeats = new Map<string, string[]>();
  for (const e of ends) repeats.set(edgeKey(e), [...(repeats.get(edgeKey(e)) ?? []), e.r.elementId]);
  for (const ids of repeats.values()) ids.sort();
  return ends.map(({ r, type, source, target }) => ({
    key: edgeKey({ type, source, target }, repeats.get(edgeKey({ type, source, target }))!.indexOf(r.elementId) + 1),
    type,
    source,
    target,
    properties: r.properties,
  }));
}

/** Collects the nodes and relationships found anywhere in the given driver records (or plain values). */
export function subgraphFromValues(values: unknown[]): Subgraph {
  const nodes = new Map<string, PlainNode>();
  const relationships = new Map<string, PlainRelationship>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (isPlainNode(value)) nodes.set(value.elementId, value);
    else if (isPlainRelationship(value)) relationships.set(value.elementId, value);
    else if (isPlainPath(value)) {
      value.nodes.forEach(visit);
      value.relationships.forEach(visit);
    } else if (Array.isArray(value)) value.forEach(visit);
    else Object.values(value).forEach(visit);
  };
  values.map((v) => toPlain(v)).forEach(visit);
  const keyOf = new Map([...nodes.values()].map((n) => [n.elementId, nodeKey(n)]));
  return {
    nodes: [...nodes.values()].map((n) => ({ key: nodeKey(n), labels: n.labels, properties: n.properties })),
    edges: keyedEdges([...relationships.values()], keyOf),
  };
}
