// name: evidence-ids-edge
// description: The ids of the sentences behind a stored relationship of type $type from $source to $target: its `sentenceIds` provenance, else the sentences supporting the Event or Allegation at either end.
MATCH (a {id: $source})-[r]->(b {id: $target})
WHERE type(r) = $type AND (a:Entity OR a:Event OR a:Allegation) AND (b:Entity OR b:Event OR b:Allegation)
OPTIONAL MATCH (x)-[:SUPPORTED_BY]->(s:Sentence) WHERE x IN [a, b] AND (x:Event OR x:Allegation)
WITH r, collect(DISTINCT s.id) AS supporting
RETURN coalesce(r.sentenceIds, supporting) AS ids
