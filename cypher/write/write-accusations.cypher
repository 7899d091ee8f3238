// name: write-accusations
// description: MERGEs TARGETS from each allegation to the entity it accuses in $rows (entityId, allegationId, articleIds, sentenceIds), with provenance.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (al:Allegation {id: row.allegationId})
MERGE (al)-[r:TARGETS]->(e)
// include: fragments/add-provenance.cypher
