// name: co-mentions
// description: Entities mentioned in the same sentence as the entities $keys, with the sentences and articles they share (a derived CO_MENTIONED link; nothing is stored): for each entity of $keys, its $perCentre (an integer) most shared, the most sentences first. With $others set, only pairs among those entities. With $dense set, entities with more relationships than that (hubs, fragments/view-degree.cypher) are skipped. Filters: $kinds (labels or null), $from/$to (article publishedAt), $minArticles. Only the first $detailed pairs of each entity (`detailed`) come with their sentences and articles (looked up only then, and, with $from or $to, to filter sentences); the others with their count of shared sentences alone (`sentenceCount`). Each pair gives the other entity's id (`key`); with $nodes set, only the first $nodes of each entity give the other entity itself (`node`, else null), enough to show them.
UNWIND $keys AS key
MATCH (n:Entity {id: key})
// include: fragments/view-degree.cypher
WITH n WHERE $dense IS NULL OR degree <= $dense
CALL (n) {
  MATCH (n)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(o:Entity)
  WHERE o <> n
    AND ($others IS NULL OR o.id IN $others)
    AND ($kinds IS NULL OR any(l IN labels(o) WHERE l IN $kinds))
    AND (($from IS NULL AND $to IS NULL) OR EXISTS {
      MATCH (a:Article {id: s.articleId})
      WHERE ($from IS NULL OR a.publishedAt >= left($from, size(a.publishedAt))) AND ($to IS NULL OR a.publishedAt <= left($to, size(a.publishedAt)))
    })
  WITH o, collect(DISTINCT s) AS sentences
  CALL (sentences) {
    WITH sentences WHERE $minArticles > 0
    UNWIND sentences AS x
    RETURN count(DISTINCT x.articleId) AS articles
  }
  WITH o, sentences WHERE $minArticles = 0 OR articles >= $minArticles
  WITH o, sentences
  ORDER BY size(sentences) DESC, o.id
  LIMIT toInteger($perCentre)
  WITH collect({o: o, sentences: sentences}) AS ranked
  UNWIND range(0, size(ranked) - 1) AS i
  RETURN ranked[i].o AS o, ranked[i].sentences AS sentences, i < $detailed AS detailed, $nodes IS NULL OR i < $nodes AS whole
}
CALL (sentences, detailed) {
  WITH sentences WHERE detailed
  UNWIND sentences AS s
  MATCH (a:Article {id: s.articleId})
  RETURN collect(s.id) AS sentenceIds, collect(DISTINCT a.id) AS articleIds, collect(DISTINCT a.publishedAt) AS articleDates
}
RETURN n.id AS from, o.id AS key, CASE WHEN whole THEN o END AS node, size(sentences) AS sentenceCount, detailed, sentenceIds, articleIds, articleDates
