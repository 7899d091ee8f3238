// name: sentence-context
// description: One sentence ($id) with its article, the Events and Allegations SUPPORTED_BY it and the Entities it MENTIONS (with the words it uses for each).
MATCH (s:Sentence {id: $id})
MATCH (a:Article {id: s.articleId})
CALL (s) {
  OPTIONAL MATCH (f)-[:SUPPORTED_BY]->(s) WHERE f:Event OR f:Allegation
  RETURN collect(f) AS facts
}
CALL (s) {
  OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
  WITH e, collect(DISTINCT m.surface) AS surfaces WHERE e IS NOT NULL
  RETURN collect({node: e, surfaces: surfaces}) AS entities
}
RETURN s {.id, .index, .text} AS sentence,
  {id: a.id, title: a.title, outlet: a.source, publishedAt: a.publishedAt, url: a.url, file: a.file} AS article,
  facts, entities
