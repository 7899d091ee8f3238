// name: evidence-sentences
// description: Evidence sentences by id ($ids, in the order given, from $skip, at most $limit), each with its article (title, outlet, date, URL, file) and the mentions of the entities $highlight (offsets made relative to the sentence).
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
MATCH (s:Sentence {id: id})
MATCH (a:Article {id: s.articleId})
WITH s, a, i ORDER BY a.publishedAt DESC, a.id, s.index
SKIP toInteger($skip) LIMIT toInteger($limit)
CALL (s) {
  OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity) WHERE e.id IN $highlight
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {start: m.start - s.start, end: m.end - s.start, surface: m.surface, key: e.id} END) AS mentions
}
RETURN s.id AS id, s.text AS text, mentions,
  {id: a.id, title: a.title, outlet: a.source, publishedAt: a.publishedAt, url: a.url, file: a.file} AS article
