// name: delete-unmentioned-entities
// description: Deletes those of the entities $entityIds that no sentence mentions any more. Returns each one deleted (`id`) with the ids of the entities, events and allegations it was still related to (`neighbours`), whose rankings of neighbours may change (cypher/write/rank-neighbours.cypher).
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId}) WHERE NOT ()-[:MENTIONS]->(e)
WITH e, e.id AS id, COLLECT { MATCH (e)--(o) WHERE o:Entity OR o:Event OR o:Allegation RETURN DISTINCT o.id } AS neighbours
DETACH DELETE e
RETURN id, neighbours
