// name: delete-unsupported-facts
// description: Deletes those of the events and allegations $factIds that no sentence supports any more.
UNWIND $factIds AS key
CALL (key) {
  // include: fragments/fact-by-id.cypher
}
WITH f WHERE NOT (f)-[:SUPPORTED_BY]->()
DETACH DELETE f
