// name: delete-unmentioned-entities
// description: Deletes those of the entities $entityIds that no sentence mentions any more.
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId}) WHERE NOT ()-[:MENTIONS]->(e)
DETACH DELETE e
