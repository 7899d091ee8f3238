// name: entity-ids-page
// description: A page of at most $limit entity ids after the id $after (in id order), to derive the whole graph's co-mentions a page at a time.
MATCH (n:Entity) WHERE n.id > $after
RETURN n.id AS id
ORDER BY id
LIMIT $limit
