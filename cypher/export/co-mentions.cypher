// name: co-mentions
// description: The derived CO_MENTIONED links (two entities mentioned in one sentence; nothing is stored) from each entity whose id is in $keys to the entities in $others (null: any entity) whose id sorts after it, so each pair comes once, with the sentences and articles they share and those articles' publication dates.
UNWIND $keys AS key
MATCH (n:Entity {id: key})<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(o:Entity)
WHERE o.id > n.id AND ($others IS NULL OR o.id IN $others)
MATCH (a:Article {id: s.articleId})
WITH n, o, collect(DISTINCT s.id) AS sentenceIds, collect(DISTINCT a.id) AS articleIds, collect(DISTINCT a.publishedAt) AS articleDates
RETURN n.id AS from, o.id AS to, sentenceIds, articleIds, articleDates
ORDER BY from, to
