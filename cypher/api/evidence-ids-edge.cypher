// name: evidence-ids-edge
// description: The ids of the sentences behind a stored relationship of type $type from $source to $target: its `sentenceIds` provenance, else the sentences supporting the Event or Allegation at either end.
WITH $source AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n AS a, $target AS key
WHERE a:Entity OR a:Event OR a:Allegation
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH a, n AS b
WHERE b:Entity OR b:Event OR b:Allegation
MATCH (a)-[r]->(b)
WHERE type(r) = $type
OPTIONAL MATCH (x)-[:SUPPORTED_BY]->(s:Sentence) WHERE x IN [a, b] AND (x:Event OR x:Allegation)
WITH r, collect(DISTINCT s.id) AS supporting
RETURN coalesce(r.sentenceIds, supporting) AS ids
