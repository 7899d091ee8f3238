// name: delete-unsupported-facts
// description: Deletes those of the events and allegations $factIds that no sentence supports any more.
UNWIND $factIds AS factId
MATCH (f {id: factId}) WHERE (f:Event OR f:Allegation) AND NOT (f)-[:SUPPORTED_BY]->()
DETACH DELETE f
