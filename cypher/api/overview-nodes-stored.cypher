// name: overview-nodes-stored
// description: The start screen of a large graph, from stored measures alone, never visiting every node: candidates from the indexes of PageRank (`newsgraph analyse`) and of mention counts (kept by the loader), ranked as overview-nodes.cypher ranks (actors first, then PageRank, then the `degree` analyse stored, then mentions), the $limit first.
CALL () {
  MATCH (n:Entity) WHERE n.pagerank IS NOT NULL
  RETURN n ORDER BY n.pagerank DESC LIMIT 4 * toInteger($limit)
  UNION
  MATCH (n:Entity) WHERE n.mentionCount IS NOT NULL
  RETURN n ORDER BY n.mentionCount DESC LIMIT 4 * toInteger($limit)
}
RETURN n
ORDER BY n:Actor DESC, coalesce(n.pagerank, -1.0) DESC, coalesce(n.degree, 0) DESC, coalesce(n.mentionCount, n.articleCount, 0) DESC, n.id
LIMIT toInteger($limit)
