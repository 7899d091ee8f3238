/*
 * The Subgraph shape, free of any dependency so the browser code can import it too.
 * A node's `key` is its `id` property when it has one, else its Neo4j elementId.
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

