// name: sentences-mentioning-both
// title: Sentences that mention two entities
// description: Where two entities appear together: every sentence that mentions both, verbatim, with its article, in publication order.
// param: first entity = state:ru -- One entity.
// param: second entity = state:kp -- The other.
// param: limit integer[1..1000] = 100 -- How many sentences.
// result: table
MATCH (:Entity {id: $first})<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(:Entity {id: $second})
MATCH (art:Article)-[:HAS_SENTENCE]->(s)
WITH DISTINCT art, s
RETURN art.publishedAt AS published, coalesce(art.source, '') AS outlet, coalesce(art.title, 'Untitled article (' + coalesce(art.file, art.id) + ')') AS article, s.text AS sentence, s.id AS sentenceId
ORDER BY published, article, s.index
LIMIT $limit
