// name: article-text
// description: One article ($id) with its sentences in order, to show the source when it has no URL.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
WITH a, s ORDER BY s.index
RETURN a {.id, .title, .source, .publishedAt, .url, .file} AS article, collect(s.text) AS sentences
