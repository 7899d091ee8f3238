/*
 * What every import reader produces: nodes and relationships with driver-ready property values
 * (integers as neo4j Integers, so a whole number stays an INTEGER in Neo4j).
 */
export interface ImportNode {
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ImportEdge {
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface ImportedGraph {
  nodes: ImportNode[];
  edges: ImportEdge[];
}

export const IMPORT_FORMATS = ['cypher', 'csv', 'graphml', 'gexf', 'json', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
