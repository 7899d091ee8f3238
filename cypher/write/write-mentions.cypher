// name: write-mentions
// description: Creates one MENTIONS relationship per mention in $rows (sentenceId, entityId, start, end, surface; one row per sentence, entity and start). The sentences are new in this transaction (write-sentences), so no mention of theirs exists yet: CREATE, not MERGE.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, surface: row.surface}]->(e)
