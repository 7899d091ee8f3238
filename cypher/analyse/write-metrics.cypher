// name: write-metrics
// description: Stores the metrics of each node in $rows (id, pagerank, betweenness, degree, community) on it, with when they were computed ($at): what `newsgraph analyse` writes, and what the overview orders by.
UNWIND $rows AS row
WITH row, row.id AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n, row WHERE n:Entity OR n:Event OR n:Allegation
SET n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.degree = row.degree,
    n.community = row.community, n.metricsAt = $at
