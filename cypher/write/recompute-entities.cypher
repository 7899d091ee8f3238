// name: recompute-entities
// description: Recomputes the mention count, article count and first appearance of the entities $entityIds.
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
OPTIONAL MATCH (s:Sentence)-[:MENTIONS]->(e)
OPTIONAL MATCH (a:Article {id: s.articleId})
WITH e, count(s) AS mentions, count(DISTINCT a) AS articles, min(a.publishedAt) AS firstSeen
SET e.mentionCount = mentions, e.articleCount = articles, e.firstSeen = firstSeen
