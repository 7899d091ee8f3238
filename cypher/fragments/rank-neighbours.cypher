// name: rank-neighbours
// description: A fragment, not a query: stores on the node `n` the ranking the explorer reads when `n` is a hub (cypher/api/neighbourhood.cypher), counted from all its relationships: its $top (an integer) best neighbours (Entities, Events and Allegations; never provenance) as `topNeighbours` (ids) and their scores as `topScores`, best first. A neighbour's score is the most articles behind one of its relationships with `n` (coalesce(r.articleCount, m.articleCount, 1)); equal scores go by id.
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE m:Entity OR m:Event OR m:Allegation
  WITH m, max(coalesce(r.articleCount, m.articleCount, 1)) AS score
  ORDER BY score DESC, m.id
  LIMIT toInteger($top)
  RETURN collect(m.id) AS ids, collect(score) AS scores
}
SET n.topNeighbours = ids, n.topScores = scores
