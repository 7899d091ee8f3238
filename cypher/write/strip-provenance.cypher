// name: strip-provenance
// description: Removes the articles $articleIds (and their sentences) from the provenance of every relationship of the nodes $nodeIds, and counts its articles again; a relationship left with no article is deleted. Returns the ids of the two ends of each relationship it changed (`a`, `b`), whose rankings of neighbours may change (cypher/write/rank-neighbours.cypher).
UNWIND $nodeIds AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
MATCH (n)-[r]-()
WHERE r.articleIds IS NOT NULL AND any(a IN r.articleIds WHERE a IN $articleIds)
WITH DISTINCT r
SET r.articleIds = [a IN r.articleIds WHERE NOT a IN $articleIds],
    r.sentenceIds = [s IN r.sentenceIds WHERE NOT split(s, ':')[0] IN $articleIds]
SET r.articleCount = size(r.articleIds)
WITH r, startNode(r).id AS a, endNode(r).id AS b
CALL (r) {
  WITH r WHERE size(r.articleIds) = 0
  DELETE r
}
RETURN a, b
