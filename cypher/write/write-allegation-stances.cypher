// name: write-allegation-stances
// description: MERGEs one kind of stance ({{type}}: ALLEGES, DENIES or CONFIRMS) from each entity to its allegation in $rows (entityId, allegationId, articleIds, sentenceIds), with provenance. Returns each relationship's ends (a, b) and its article count (score), which hub rankings take in.
// placeholders: type
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (al:Allegation {id: row.allegationId})
MERGE (e)-[r{{type}}]->(al)
// include: fragments/add-provenance.cypher
RETURN e.id AS a, al.id AS b, r.articleCount AS score
