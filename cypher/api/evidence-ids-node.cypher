// name: evidence-ids-node
// description: The ids of the sentences behind a node ($key): those that mention an Entity, or that support an Event or Allegation (SUPPORTED_BY), and the parties to highlight in them.
WITH $key AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n WHERE n:Entity OR n:Event OR n:Allegation
CALL (n) {
  OPTIONAL MATCH (s:Sentence)-[:MENTIONS]->(n)
  WITH collect(DISTINCT s.id) AS mentioning
  OPTIONAL MATCH (n)-[:SUPPORTED_BY]->(s2:Sentence)
  WITH mentioning, collect(DISTINCT s2.id) AS supporting
  RETURN mentioning + supporting AS ids
}
CALL (n) {
  OPTIONAL MATCH (n)-[]-(p:Entity) WHERE n:Event OR n:Allegation
  RETURN collect(DISTINCT p.id) AS parties
}
RETURN ids, CASE WHEN n:Entity THEN [n.id] ELSE parties END AS highlight
