// name: overview-nodes
// description: The start screen of a graph small enough to rank every node: the $limit most central Entities, Events and Allegations: actors first, then by the PageRank `newsgraph analyse` stored (when it ran), then by relationships to other such nodes, then mentions. A larger graph is ranked by overview-nodes-stored.cypher.
MATCH (n) WHERE n:Entity OR n:Event OR n:Allegation
WITH n, COUNT { (n)--(m) WHERE m:Entity OR m:Event OR m:Allegation } AS degree
RETURN n
ORDER BY n:Actor DESC, coalesce(n.pagerank, -1.0) DESC, degree DESC, coalesce(n.mentionCount, n.articleCount, 0) DESC, n.id
LIMIT toInteger($limit)
