// name: all-relationships-page
// description: The outgoing relationships of a page of at most $limit start nodes after the cursor $after, for the whole-graph export: each with its ends' ids, elementIds and labels (the start node's relationships all fall in one page).
MATCH (a) WHERE id(a) > $after
WITH a ORDER BY id(a) LIMIT $limit
OPTIONAL MATCH (a)-[r]->(b)
RETURN id(a) AS cursor, type(r) AS type, properties(r) AS properties,
       a.id AS sourceId, elementId(a) AS sourceElementId, labels(a) AS sourceLabels,
       b.id AS targetId, elementId(b) AS targetElementId, labels(b) AS targetLabels
ORDER BY cursor, elementId(r)
