// name: node-details
// description: One Entity, Event or Allegation by its id ($key), with its relationship counts by type, its sentence and article counts, its outlets and (for an Event or Allegation) its parties.
WITH $key AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n WHERE n:Entity OR n:Event OR n:Allegation
CALL (n) {
  MATCH (n)-[r]-(m) WHERE NOT m:Sentence AND NOT m:Article
  RETURN collect(type(r)) AS types
}
CALL (n) {
  OPTIONAL MATCH (s:Sentence)-[:MENTIONS]->(n)
  WITH collect(DISTINCT s) AS mentioning
  OPTIONAL MATCH (n)-[:SUPPORTED_BY]->(s2:Sentence)
  WITH mentioning, collect(DISTINCT s2) AS supporting
  WITH mentioning + supporting AS sentences
  UNWIND (CASE WHEN sentences = [] THEN [null] ELSE sentences END) AS s
  OPTIONAL MATCH (a:Article {id: s.articleId})
  RETURN count(DISTINCT s) AS sentenceCount, count(DISTINCT a) AS articleCount, count(DISTINCT a.source) AS outletCount
}
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(p:Entity) WHERE n:Event OR n:Allegation
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {key: p.id, name: p.name, labels: labels(p), type: type(r), role: r.role} END) AS parties
}
RETURN n, types, sentenceCount, articleCount, outletCount, parties
