// name: graph-checksum-relationships
// description: For the graph checksum (newsgraph stats --checksum): every relationship's type and properties, and its ends by their id property (by their labels and properties when they have none).
MATCH (a)-[r]->(b) WHERE NOT a:Load AND NOT b:Load
RETURN type(r) AS type, properties(r) AS props,
       CASE WHEN a.id IS NULL THEN [labels(a), properties(a)] ELSE a.id END AS source,
       CASE WHEN b.id IS NULL THEN [labels(b), properties(b)] ELSE b.id END AS target
