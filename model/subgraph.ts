/*
 * The Subgraph: the one shape in which graph results travel (API answers, saved-query results,
 * exports, the explorer's view), with the one convention for keys:
 *   a node's key is its `id` property when it has one (Entity, Event, Allegation, Article and
 *   Sentence all do), else its Neo4j elementId;
 *   an edge's key is its type and its ends' keys, `LEADER_OF:person:x->state:y`, so the same
 *   relationship read by two queries, or derived (CO_MENTIONED), has the same key everywhere.
 */
export interface SubgraphNode {
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface SubgraphEdge {
  key: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
}

/** The key of a node from its `id` property and its elementId: the id when there is one, else the elementId. */
export function nodeKeyOf(id: unknown, elementId: string): string {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : elementId;
}

/** The key of a node read from Neo4j (see the banner). */
export function nodeKey(node: { elementId: string; properties: Record<string, unknown> }): string {
  return nodeKeyOf(node.properties.id, node.elementId);
}

/**
 * The key of an edge (see the banner). A repeat of the same type between the same two nodes (a
 * sentence MENTIONS an entity at two offsets, an actor PARTICIPATED_IN an event in two roles) is
 * told apart by its ordinal: `MENTIONS:s->e#2`. The explorer draws one edge per key without ordinal.
 */
export function edgeKey(edge: Pick<SubgraphEdge, 'type' | 'source' | 'target'>, ordinal = 1): string {
  const key = `${edge.type}:${edge.source}->${edge.target}`;
  return ordinal > 1 ? `${key}#${ordinal}` : key;
}

/** Gives edges their keys, in order: the second edge of the same type and ends gets ordinal 2, and so on. */
export function keyEdges<E extends Omit<SubgraphEdge, 'key'>>(edges: E[]): (E & { key: string })[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const ordinal = (seen.get(edgeKey(edge)) ?? 0) + 1;
    seen.set(edgeKey(edge), ordinal);
    return { ...edge, key: edgeKey(edge, ordinal) };
  });
}
