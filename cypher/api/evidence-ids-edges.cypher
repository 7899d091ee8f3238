// name: evidence-ids-edges
// description: For each stored relationship in $edges (key, source, target, type), the ids of the sentences behind it: its `sentenceIds` provenance, else the sentences supporting the Event or Allegation at either end (as evidence-ids-edge, for many edges at once).
UNWIND $edges AS edge
CALL (edge) {
  WITH edge.source AS key
  CALL (key) {
    // include: fragments/node-by-id.cypher
  }
  RETURN n AS a
}
CALL (edge) {
  WITH edge.target AS key
  CALL (key) {
    // include: fragments/node-by-id.cypher
  }
  RETURN n AS b
}
MATCH (a)-[r]->(b) WHERE type(r) = edge.type
OPTIONAL MATCH (x)-[:SUPPORTED_BY]->(s:Sentence) WHERE x IN [a, b] AND (x:Event OR x:Allegation)
WITH edge, r, collect(DISTINCT s.id) AS supporting
RETURN edge.key AS key, coalesce(r.sentenceIds, supporting) AS ids
