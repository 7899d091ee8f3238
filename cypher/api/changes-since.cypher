// name: changes-since
// description: The entities, events and allegations that the load $load or a later one added (first wrote) or changed (wrote again), with the last such load; at most $limit, added first. Found through the `lastLoad` indexes (a seek per label), not a scan of every node.
MATCH (since:Load {id: $load})
CALL () {
  MATCH (n:Entity) WHERE n.lastLoad >= $load RETURN n
  UNION
  MATCH (n:Event) WHERE n.lastLoad >= $load RETURN n
  UNION
  MATCH (n:Allegation) WHERE n.lastLoad >= $load RETURN n
}
WITH n, coalesce(n.firstLoad >= since.id, false) AS added
RETURN n, CASE WHEN added THEN 'added' ELSE 'changed' END AS change, n.lastLoad AS load
ORDER BY change, n.id
LIMIT toInteger($limit)
