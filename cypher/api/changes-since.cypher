// name: changes-since
// description: The entities, events and allegations that the load $load or a later one added (first wrote) or changed (wrote again), with the last such load; at most $limit, added first.
MATCH (since:Load {id: $load})
MATCH (n) WHERE (n:Entity OR n:Event OR n:Allegation) AND any(l IN coalesce(n.loads, []) WHERE l >= since.id)
WITH n, [l IN n.loads WHERE l >= since.id] AS later, coalesce(n.firstLoad >= since.id, false) AS added
RETURN n, CASE WHEN added THEN 'added' ELSE 'changed' END AS change, later[-1] AS load
ORDER BY change, n.id
LIMIT toInteger($limit)
