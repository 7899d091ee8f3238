// name: induced-relationships
// description: Every relationship between the nodes whose elementIds are $ids.
MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids
RETURN a, r, b
