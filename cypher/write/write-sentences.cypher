// name: write-sentences
// description: Creates the sentences in $rows (id, articleId, index, text, start, end), each linked to its article. The writer sends only articles new to the graph in this transaction (locked, any older copy retracted first), so none of their sentences exists yet: CREATE, not MERGE (the unique constraint on Sentence.id refuses a second one).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (a)-[:HAS_SENTENCE]->(:Sentence {id: row.id, articleId: row.articleId, index: row.index, text: row.text, start: row.start, end: row.end})
