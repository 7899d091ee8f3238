/* Where the schema-graph generator's rows go: Neo4j in transactions, or CSV files for neo4j-admin. */

export type Row = Record<string, unknown>;

export interface Link {
  from: string;
  to: string;
  props: Row;
}

export interface GraphSink {
  /** Nodes and relationships written so far. */
  readonly nodes: number;
  readonly relationships: number;
  /** Nodes with these labels, one per row (its `id` and properties). */
  nodesOf(labels: readonly string[], rows: Iterable<Row>): Promise<void>;
  /** Links of several types from `from` nodes to `to` nodes (labels, each found by id): `typed` yields [type, link]. */
  linksOf(from: string, to: string, typed: Iterable<[string, Link]>): Promise<void>;
}
