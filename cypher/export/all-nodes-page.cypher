// name: all-nodes-page
// description: A page of at most $limit nodes after the cursor $after (the internal node id), for the whole-graph export.
MATCH (n) WHERE id(n) > $after
WITH n ORDER BY id(n) LIMIT $limit
RETURN id(n) AS cursor, n
