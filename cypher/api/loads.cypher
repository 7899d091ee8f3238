// name: loads
// description: The recorded loads, newest first (at most $limit).
MATCH (l:Load)
RETURN l
ORDER BY l.id DESC
LIMIT toInteger($limit)
