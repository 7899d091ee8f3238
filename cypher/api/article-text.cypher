// name: article-text
// description: One article ($id) with its sentences in order (id, index, text, offsets), for the explorer's source view.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
WITH a, s ORDER BY s.index
RETURN a {.id, .title, .source, .publishedAt, .url, .file} AS article,
  collect(CASE WHEN s IS NULL THEN null ELSE s {.id, .index, .text, .start, .end} END) AS sentences
