// name: evidence-ids-node
// description: The ids of the sentences behind a node ($key): those that mention an Entity, or that support an Event or Allegation (SUPPORTED_BY), and the parties to highlight in them.
CALL () {
  MATCH (n:Entity {id: $key}) RETURN n
  UNION MATCH (n:Event {id: $key}) RETURN n
  UNION MATCH (n:Allegation {id: $key}) RETURN n
}
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
