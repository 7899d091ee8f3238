// name: rank-neighbours
// description: Ranks again from all their relationships the nodes of $rows (id, changed: ids of neighbours whose relationships with it lost provenance or went, or null for any change; scored: more such neighbours, with scores, when a writer gives them), after removals: a node with more than $hubDegree relationships besides provenance (a hub, fragments/view-degree.cypher) whose ranking is missing or held one of `changed` is ranked from scratch (fragments/rank-neighbours.cypher), and a node with fewer keeps no ranking. A hub whose ranking holds none of `changed` keeps it: only neighbours outside it lost score, and they stay outside.
UNWIND $rows AS row
WITH row, row.id AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n, row WHERE n:Entity OR n:Event OR n:Allegation
// include: fragments/view-degree.cypher
CALL (n, degree) {
  WITH n WHERE degree <= $hubDegree AND n.topNeighbours IS NOT NULL
  REMOVE n.topNeighbours, n.topScores
}
WITH n, row WHERE degree > $hubDegree
  AND (n.topNeighbours IS NULL OR row.changed IS NULL
    OR any(x IN row.changed + [s IN coalesce(row.scored, []) | s.id] WHERE x IN n.topNeighbours))
// include: fragments/rank-neighbours.cypher
