// name: checksum-relationships
// description: For the content checksum: every relationship with its elementId, type, ends and properties.
MATCH (a)-[r]->(b) RETURN elementId(r) AS e, type(r) AS type, elementId(a) AS s, elementId(b) AS t, properties(r) AS props
