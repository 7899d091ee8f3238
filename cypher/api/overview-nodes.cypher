// name: overview-nodes
// description: The start screen: how many Entities, Events and Allegations there are, and the $limit most central of them: actors first, then by the PageRank `newsgraph analyse` stored (when it ran), then by relationships to other such nodes, then mentions.
CALL () {
  MATCH (n) WHERE n:Entity OR n:Event OR n:Allegation RETURN count(n) AS total
}
MATCH (n) WHERE n:Entity OR n:Event OR n:Allegation
WITH total, n, COUNT { (n)--(m) WHERE m:Entity OR m:Event OR m:Allegation } AS degree
RETURN total, n
ORDER BY n:Actor DESC, coalesce(n.pagerank, -1.0) DESC, degree DESC, coalesce(n.mentionCount, n.articleCount, 0) DESC, n.id
LIMIT toInteger($limit)
