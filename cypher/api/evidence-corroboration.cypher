// name: evidence-corroboration
// description: How many articles and outlets the sentences $ids come from.
MATCH (s:Sentence) WHERE s.id IN $ids
MATCH (a:Article {id: s.articleId})
RETURN count(DISTINCT a) AS articleCount, count(DISTINCT a.source) AS outletCount
