/*
 * Subgraph: the one shape in which graph results travel (API responses, saved-query results,
 * exports). Built from any query result: every node, relationship and path found in the records'
 * values (also inside lists and maps) is collected once.
 * A node's key is its `id` property when it has one (Entity, Event, Allegation, Article, Sentence
 * all do), else its elementId.
 */
import { toPlain, type PlainNode, type PlainPath, type PlainRelationship } from './to-plain.ts';
import type { Subgraph } from '#model/subgraph.ts';

export type { Subgraph, SubgraphNode, SubgraphEdge } from '#model/subgraph.ts';

function isPlainNode(value: unknown): value is PlainNode {
  return typeof value === 'object' && value !== null && 'labels' in value && 'elementId' in value && 'properties' in value;
}

function isPlainRelationship(value: unknown): value is PlainRelationship {
  return typeof value === 'object' && value !== null && 'startElementId' in value && 'type' in value;
}

function isPlainPath(value: unknown): value is PlainPath {
  return typeof value === 'object' && value !== null && 'nodes' in value && 'relationships' in value && Array.isArray((value as PlainPath).nodes);
}

/** The stable key of a node: its `id` property, else its elementId. */
export function nodeKey(node: PlainNode): string {
  const id = node.properties.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : node.elementId;
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
    edges: [...relationships.values()]
      // A relationship whose end nodes were not returned cannot be drawn; it is left out.
      .filter((r) => keyOf.has(r.startElementId) && keyOf.has(r.endElementId))
      .map((r) => ({ key: r.elementId, type: r.type, source: keyOf.get(r.startElementId)!, target: keyOf.get(r.endElementId)!, properties: r.properties })),
  };
}
