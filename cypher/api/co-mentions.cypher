// name: co-mentions
// description: Entities mentioned in the same sentence as the entities $keys, with the sentences and articles they share (a derived CO_MENTIONED link; nothing is stored). With $others set, only pairs among those entities. Filters: $kinds (labels or null), $from/$to (article publishedAt), $minArticles.
UNWIND $keys AS key
MATCH (n:Entity {id: key})<-[:MENTIONS]-(s:Sentence)
MATCH (a:Article {id: s.articleId})
WHERE ($from IS NULL OR a.publishedAt >= left($from, size(a.publishedAt))) AND ($to IS NULL OR a.publishedAt <= left($to, size(a.publishedAt)))
MATCH (s)-[:MENTIONS]->(o:Entity)
WHERE o <> n
  AND ($others IS NULL OR o.id IN $others)
  AND ($kinds IS NULL OR any(l IN labels(o) WHERE l IN $kinds))
WITH n, o, collect(DISTINCT s.id) AS sentenceIds, collect(DISTINCT a.id) AS articleIds, collect(DISTINCT a.publishedAt) AS articleDates
WHERE size(articleIds) >= $minArticles
RETURN n.id AS from, o AS node, sentenceIds, articleIds, articleDates
ORDER BY size(sentenceIds) DESC, o.id
LIMIT 5000
