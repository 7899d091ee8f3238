// name: add-to-neighbour-ranking
// description: Brings the rankings of the hubs among the nodes of $rows (id, changed: ids of neighbours whose relationships with it were created or gained provenance) up to date after additions, where scores only grow: each changed neighbour is scored again from its relationships with the hub and takes its place, and the ranking is cut back to $top, so no other neighbour needs a look. A hub (more than $hubDegree relationships besides provenance, fragments/view-degree.cypher) with no ranking yet is ranked from scratch (fragments/rank-neighbours.cypher). The ranking is written only when it changed.
UNWIND $rows AS row
WITH row, row.id AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n, row WHERE n:Entity OR n:Event OR n:Allegation
// include: fragments/view-degree.cypher
WITH n, row, degree WHERE degree > $hubDegree
WITH n, row, n.topNeighbours IS NULL AS unranked
CALL (n, unranked) {
  WITH n WHERE unranked
  // include: fragments/rank-neighbours.cypher
}
WITH n, row WHERE NOT unranked
CALL (n, row) {
  UNWIND row.changed AS key
  CALL (key) {
    CALL (key) {
      // include: fragments/node-by-id.cypher
    }
    RETURN n AS m
  }
  MATCH (n)-[r]-(m)
  WHERE m:Entity OR m:Event OR m:Allegation
  WITH m, max(coalesce(r.articleCount, m.articleCount, 1)) AS score
  RETURN collect({id: m.id, score: score}) AS scored
}
CALL (n, row, scored) {
  UNWIND [i IN range(0, size(n.topNeighbours) - 1) WHERE NOT n.topNeighbours[i] IN row.changed | {id: n.topNeighbours[i], score: n.topScores[i]}] + scored AS x
  WITH x
  ORDER BY x.score DESC, x.id
  LIMIT toInteger($top)
  RETURN collect(x.id) AS ids, collect(x.score) AS scores
}
WITH n, ids, scores WHERE ids <> n.topNeighbours OR scores <> n.topScores
SET n.topNeighbours = ids, n.topScores = scores
