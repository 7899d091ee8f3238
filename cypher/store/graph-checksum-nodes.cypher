// name: graph-checksum-nodes
// description: For the graph checksum (newsgraph stats --checksum): every node's labels and properties (not the (:Load) records of when loads ran), and no identity Neo4j assigns.
MATCH (n) WHERE NOT n:Load RETURN labels(n) AS labels, properties(n) AS props
