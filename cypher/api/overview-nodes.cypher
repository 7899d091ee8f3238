// name: overview-nodes
// description: The start screen: how many Entities, Events and Allegations there are (from Neo4j's count store), and the $limit most central of them: actors first, then by the PageRank `newsgraph analyse` stored (when it ran), then by relationships to other such nodes, then mentions. A graph of at most $scanUpTo such nodes is ranked over all of them, counting each one's relationships; a larger one from stored measures alone, through their indexes (the most PageRank and the most mentioned Entities, the stored `degree` of `analyse` for relationships), never visiting every node.
CALL () {
  RETURN COUNT { (:Entity) } + COUNT { (:Event) } + COUNT { (:Allegation) } AS total
}
CALL (total) {
  WITH total WHERE total <= $scanUpTo
  MATCH (n) WHERE n:Entity OR n:Event OR n:Allegation
  RETURN n, COUNT { (n)--(m) WHERE m:Entity OR m:Event OR m:Allegation } AS degree
  UNION
  WITH total WHERE total > $scanUpTo
  CALL () {
    MATCH (n:Entity) WHERE n.pagerank IS NOT NULL
    RETURN n ORDER BY n.pagerank DESC LIMIT 4 * toInteger($limit)
    UNION
    MATCH (n:Entity) WHERE n.mentionCount IS NOT NULL
    RETURN n ORDER BY n.mentionCount DESC LIMIT 4 * toInteger($limit)
  }
  RETURN n, coalesce(n.degree, 0) AS degree
}
RETURN total, n
ORDER BY n:Actor DESC, coalesce(n.pagerank, -1.0) DESC, degree DESC, coalesce(n.mentionCount, n.articleCount, 0) DESC, n.id
LIMIT toInteger($limit)
