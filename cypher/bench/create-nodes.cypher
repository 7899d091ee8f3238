// name: create-nodes
// description: Benchmark generator only (bench/generate/schema-graph.ts), on an empty store: CREATEs one node with the labels {{labels}} per row of $rows, the row being its properties (nulls left out).
// placeholders: labels
UNWIND $rows AS row
CREATE (n{{labels}})
SET n = row
