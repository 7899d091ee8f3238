// name: write-sentences
// description: MERGEs the sentences in $rows (id, articleId, index, text, start, end) and links each to its article.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
SET s.articleId = row.articleId, s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end
MERGE (a)-[:HAS_SENTENCE]->(s)
