// name: co-mentioned-entities
// title: Entities mentioned alongside an actor
// description: The entities that share sentences with an actor, by how many sentences and articles, with one example sentence.
// param: actor entity = state:ru -- The actor.
// param: limit integer[1..1000] = 20 -- How many.
// result: table
MATCH (a:Entity {id: $actor})<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(o:Entity)
WHERE o <> a
WITH o, s ORDER BY s.id
WITH o, count(DISTINCT s) AS sentences, count(DISTINCT s.articleId) AS articles, collect(s.text)[0] AS example
RETURN o.name AS entity, o.id AS id, sentences, articles, example
ORDER BY sentences DESC, articles DESC, entity
LIMIT $limit
