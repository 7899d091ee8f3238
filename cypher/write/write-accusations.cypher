// name: write-accusations
// description: MERGEs TARGETS from each allegation to the entity it accuses in $rows (entityId, allegationId, articleIds, sentenceIds), with provenance. Returns each relationship's ends (a, b) and its article count (score), which hub rankings take in.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (al:Allegation {id: row.allegationId})
MERGE (al)-[r:TARGETS]->(e)
// include: fragments/add-provenance.cypher
RETURN al.id AS a, e.id AS b, r.articleCount AS score
