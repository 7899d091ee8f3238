// name: most-corroborated-relations
// title: Most corroborated relations
// description: The relations between entities (leader of, member of, allied with, ...) that the most articles and sentences support.
// param: minArticles integer[1..1000] = 1 -- Only relations reported by at least this many articles.
// param: limit integer[1..1000] = 25 -- How many.
// result: table
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b, coalesce(r.articleCount, size(coalesce(r.articleIds, []))) AS articles
WHERE articles >= $minArticles
RETURN a.name AS source, type(r) AS relation, b.name AS target, r.detail AS detail, articles,
       size(coalesce(r.sentenceIds, [])) AS sentences, a.id AS sourceId, b.id AS targetId
ORDER BY articles DESC, sentences DESC, source, relation, target
LIMIT $limit
