// name: evidence-page
// description: A fragment, not a query: from `sentences` (distinct Sentence nodes) and `highlight` (entity ids to mark), one row with the page ($skip, $limit) of them, newest article first, then by article id and place in the article, each as fragments/evidence-sentence.cypher gives it (`sentences`), and how many sentences, articles and outlets there are in all (`total`, `articleCount`, `outletCount`). Each sentence's article is looked up once; only the articles the page reaches are sorted sentence by sentence and read in full.
CALL (sentences) {
  UNWIND sentences AS s
  WITH s.articleId AS articleId, collect(s) AS inArticle
  MATCH (a:Article {id: articleId})
  WITH a, inArticle ORDER BY a.publishedAt DESC, a.id
  RETURN collect({a: a, inArticle: inArticle}) AS articles, count(DISTINCT a.source) AS outletCount,
    sum(size(inArticle)) AS total
}
// The articles the page reaches: the shortest run from the newest whose sentences reach $skip + $limit.
WITH highlight, articles, outletCount, total,
  reduce(reach = {sentences: 0, articles: 0}, x IN articles |
    CASE WHEN reach.sentences >= $skip + $limit THEN reach
    ELSE {sentences: reach.sentences + size(x.inArticle), articles: reach.articles + 1} END) AS reach
CALL (highlight, articles, reach) {
  UNWIND range(0, reach.articles - 1) AS i
  UNWIND articles[i].inArticle AS s
  WITH highlight, i, articles[i].a AS a, s ORDER BY i, s.index
  SKIP toInteger($skip) LIMIT toInteger($limit)
  // include: fragments/evidence-sentence.cypher
  RETURN collect(sentence) AS page
}
RETURN page AS sentences, total, size(articles) AS articleCount, outletCount
