// name: write-event-places
// description: MERGEs TOOK_PLACE_IN from each event to its place in $rows (eventId, entityId, articleIds, sentenceIds), with provenance. Returns each relationship's ends (a, b) and its article count (score), which hub rankings take in.
UNWIND $rows AS row
MATCH (ev:Event {id: row.eventId})
MATCH (p:Entity {id: row.entityId})
MERGE (ev)-[r:TOOK_PLACE_IN]->(p)
// include: fragments/add-provenance.cypher
RETURN ev.id AS a, p.id AS b, r.articleCount AS score
