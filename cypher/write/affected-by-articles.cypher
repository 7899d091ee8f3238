// name: affected-by-articles
// description: The entities mentioned in, and the events and allegations supported by, the sentences of the articles $articleIds (what retracting them touches).
MATCH (s:Sentence) WHERE s.articleId IN $articleIds
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
OPTIONAL MATCH (f)-[:SUPPORTED_BY]->(s)
RETURN collect(DISTINCT e.id) AS entityIds, collect(DISTINCT f.id) AS factIds
