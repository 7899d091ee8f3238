// name: write-participants
// description: MERGEs PARTICIPATED_IN from each entity to its event in $rows (entityId, eventId, role, articleIds, sentenceIds), one per role, with provenance.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (ev:Event {id: row.eventId})
MERGE (e)-[r:PARTICIPATED_IN {role: row.role}]->(ev)
// include: fragments/add-provenance.cypher
