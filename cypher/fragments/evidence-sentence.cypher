// name: evidence-sentence
// description: A fragment, not a query: the evidence sentence `s` of the article `a` as the API gives it (`sentence`: id, text, the mentions of the entities in `highlight` with offsets relative to the sentence, and the article's title, outlet, date, URL and file).
CALL (s, highlight) {
  OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity) WHERE e.id IN highlight
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {start: m.start - s.start, end: m.end - s.start, surface: m.surface, key: e.id} END) AS mentions
}
WITH *, {id: s.id, text: s.text, mentions: mentions,
  article: {id: a.id, title: a.title, outlet: a.source, publishedAt: a.publishedAt, url: a.url, file: a.file}} AS sentence
