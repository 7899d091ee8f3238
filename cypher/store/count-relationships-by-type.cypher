// name: count-relationships-by-type
// description: Relationship count for one type, given as the $type parameter (a dynamic type).
MATCH ()-[r:$($type)]->() RETURN count(r) AS count
