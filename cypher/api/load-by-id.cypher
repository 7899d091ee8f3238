// name: load-by-id
// description: The load record whose id is $id.
MATCH (n:Load {id: $id})
RETURN n
