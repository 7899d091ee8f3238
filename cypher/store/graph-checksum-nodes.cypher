// name: graph-checksum-nodes
// description: For the graph checksum (newsgraph stats --checksum): every node's labels and properties, and no identity Neo4j assigns.
MATCH (n) RETURN labels(n) AS labels, properties(n) AS props
