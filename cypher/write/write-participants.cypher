// name: write-participants
// description: MERGEs PARTICIPATED_IN from each entity to its event in $rows (entityId, eventId, role, articleIds, sentenceIds), one per role, with provenance. Returns each relationship's ends (a, b) and its article count (score), which hub rankings take in.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (ev:Event {id: row.eventId})
MERGE (e)-[r:PARTICIPATED_IN {role: row.role}]->(ev)
// include: fragments/add-provenance.cypher
RETURN e.id AS a, ev.id AS b, r.articleCount AS score
