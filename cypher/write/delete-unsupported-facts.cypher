// name: delete-unsupported-facts
// description: Deletes those of the events and allegations $factIds that no sentence supports any more. Returns each one deleted (`id`) with the ids of the entities, events and allegations it was still related to (`neighbours`), whose rankings of neighbours may change (cypher/write/rank-neighbours.cypher).
UNWIND $factIds AS key
CALL (key) {
  // include: fragments/fact-by-id.cypher
}
WITH f WHERE NOT (f)-[:SUPPORTED_BY]->()
WITH f, f.id AS id, COLLECT { MATCH (f)--(o) WHERE o:Entity OR o:Event OR o:Allegation RETURN DISTINCT o.id } AS neighbours
DETACH DELETE f
RETURN id, neighbours
