// name: evidence-node
// description: The evidence of a node ($key): the sentences that mention an Entity, or that support an Event or Allegation (SUPPORTED_BY), read from the node, a page of them ($skip, $limit, newest article first) with the node (an Entity) or its parties (an Event or Allegation) marked, and how many sentences, articles and outlets there are. No row when no Entity, Event or Allegation has the id.
WITH $key AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n WHERE n:Entity OR n:Event OR n:Allegation
WITH n, CASE WHEN n:Entity THEN [n.id] ELSE COLLECT { MATCH (n)--(p:Entity) RETURN DISTINCT p.id } END AS highlight
WITH highlight, COLLECT {
  MATCH (s:Sentence)-[:MENTIONS]->(n) RETURN s
  UNION
  MATCH (n)-[:SUPPORTED_BY]->(s:Sentence) RETURN s
} AS sentences
// include: fragments/evidence-page.cypher
