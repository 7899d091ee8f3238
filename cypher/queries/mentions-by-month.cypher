// name: mentions-by-month
// title: An actor's mentions by month
// description: How much the news talks about an actor over time: per month of publication, the articles and sentences that mention it.
// param: actor entity = state:ru -- The actor.
// result: table
MATCH (:Entity {id: $actor})<-[:MENTIONS]-(s:Sentence)<-[:HAS_SENTENCE]-(art:Article)
WHERE art.publishedAt IS NOT NULL
RETURN left(art.publishedAt, 7) AS month, count(DISTINCT art) AS articles, count(DISTINCT s) AS sentences
ORDER BY month
