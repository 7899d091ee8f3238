// name: add-to-neighbour-ranking
// description: Brings the rankings of the hubs among the nodes of $rows (id, changed: ids of neighbours whose relationships with it were created or gained provenance; scored: {id, score} of more such neighbours, scored by the writer from the relationships it just wrote, the most articles behind one of them) up to date after additions, where scores only grow: each changed neighbour is scored again from its relationships with the hub (or takes the writer's score) and takes its place, and the ranking is cut back to $top, so no other neighbour needs a look. A hub (more than $hubDegree relationships besides provenance, fragments/view-degree.cypher) with no ranking yet is ranked from scratch (fragments/rank-neighbours.cypher). Between two entities only their relation types are matched (typed, so that a pair of hubs never visits the mentions and event participations of either: those join an entity to a sentence or an event); a changed neighbour keeps the higher of its stored score and the new one, since additions only raise scores and a relationship of another type (an imported one) counts in the stored score. That is also why a writer's score is exact: a neighbour's relationships not written keep their counts, which its stored score covers, or, outside the ranking, which stay below its cut. The ranking is written only when it changed.
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
  WITH n, m WHERE m:Entity OR m:Event OR m:Allegation
  CALL (n, m) {
    WITH n, m WHERE n:Entity AND m:Entity
    MATCH (n)-[r:LEADER_OF|OFFICIAL_OF|MEMBER_OF|PART_OF|ALLIED_WITH|COOPERATES_WITH|OPPOSES|AFFILIATED_WITH|LOCATED_IN|SPOKESPERSON_OF|FOUNDER_OF|BASED_IN|CITIZEN_OF|SPOUSE_OF|LAWYER_OF|REPORTS_TO|TRADES_WITH|ATTACKS|CONDEMNS|SANCTIONS|DETAINS|CHARGES|FINES|IMPOSES_TARIFF_ON|DEPLOYS_TROOPS_TO|MEETS|SIGNS_TREATY_WITH]-(m)
    RETURN r
    UNION ALL
    WITH n, m WHERE NOT (n:Entity AND m:Entity)
    MATCH (n)-[r]-(m)
    RETURN r
  }
  WITH m, max(coalesce(r.articleCount, m.articleCount, 1)) AS score
  RETURN collect({id: m.id, score: score}) AS scored
}
CALL (n, scored, row) {
  UNWIND [i IN range(0, size(n.topNeighbours) - 1) | {id: n.topNeighbours[i], score: n.topScores[i]}] + scored
    + coalesce(row.scored, []) AS x
  WITH x.id AS id, max(x.score) AS score
  ORDER BY score DESC, id
  LIMIT toInteger($top)
  RETURN collect(id) AS ids, collect(score) AS scores
}
WITH n, ids, scores WHERE ids <> n.topNeighbours OR scores <> n.topScores
SET n.topNeighbours = ids, n.topScores = scores
