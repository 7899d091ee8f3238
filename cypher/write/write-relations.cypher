// name: write-relations
// description: MERGEs entity-to-entity relations of one type ({{type}}, one of the model's RELATION_TYPES) in $rows (id, source, target, detail, articleIds, sentenceIds), with provenance. Returns each relationship's ends (a, b) and its article count (score), which hub rankings take in.
// placeholders: type
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MERGE (source)-[r{{type}}]->(target)
SET r.detail = coalesce(r.detail, row.detail), r.id = row.id
// include: fragments/add-provenance.cypher
RETURN source.id AS a, target.id AS b, r.articleCount AS score
