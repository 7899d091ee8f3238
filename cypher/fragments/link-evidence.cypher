// name: link-evidence
// description: A fragment, not a query: links `fact` (an Event or Allegation) to the sentences `row.sentenceIds` and the articles `row.articleIds` (each list without repeats). They are new in this transaction (write-sentences), so no link to them exists yet: CREATE, not MERGE.
CALL (fact, row) {
  UNWIND row.sentenceIds AS sentenceId
  MATCH (s:Sentence {id: sentenceId})
  CREATE (fact)-[:SUPPORTED_BY]->(s)
}
CALL (fact, row) {
  UNWIND row.articleIds AS articleId
  MATCH (a:Article {id: articleId})
  CREATE (fact)-[:REPORTED_IN]->(a)
}
