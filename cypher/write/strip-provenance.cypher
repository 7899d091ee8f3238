// name: strip-provenance
// description: Removes the articles $articleIds (and their sentences) from the provenance of every relationship of the nodes $nodeIds; a relationship left with no article is deleted.
UNWIND $nodeIds AS nodeId
MATCH (n {id: nodeId})-[r]-()
WHERE r.articleIds IS NOT NULL AND any(a IN r.articleIds WHERE a IN $articleIds)
WITH DISTINCT r
SET r.articleIds = [a IN r.articleIds WHERE NOT a IN $articleIds],
    r.sentenceIds = [s IN r.sentenceIds WHERE NOT split(s, ':')[0] IN $articleIds]
WITH r WHERE size(r.articleIds) = 0
DELETE r
