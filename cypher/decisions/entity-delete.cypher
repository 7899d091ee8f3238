// name: entity-delete
// description: Deletes the entity $id with whatever relationships it still has (after a merge moved them, or an undo of a split emptied it).
MATCH (e:Entity {id: $id})
DETACH DELETE e
