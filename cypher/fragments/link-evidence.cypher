// name: link-evidence
// description: A fragment, not a query: links `fact` (an Event or Allegation) to the sentences and articles in `row.evidence` (sentenceId, articleId).
UNWIND row.evidence AS evidence
MATCH (s:Sentence {id: evidence.sentenceId})
MATCH (a:Article {id: evidence.articleId})
MERGE (fact)-[:SUPPORTED_BY]->(s)
MERGE (fact)-[:REPORTED_IN]->(a)
