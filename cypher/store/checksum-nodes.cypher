// name: checksum-nodes
// description: For the content checksum: every node with its elementId, labels and properties.
MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS props
