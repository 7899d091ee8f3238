// name: create-links
// description: Benchmark generator only (bench/generate/schema-graph.ts), on an empty store: CREATEs a {{type}} relationship per row of $rows (from, to, props) from the {{from}} node with id row.from to the {{to}} node with id row.to, each found through its label's unique index.
// placeholders: from, type, to
UNWIND $rows AS row
MATCH (a{{from}} {id: row.from})
MATCH (b{{to}} {id: row.to})
CREATE (a)-[r{{type}}]->(b)
SET r = row.props
