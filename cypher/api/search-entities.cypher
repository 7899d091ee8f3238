// name: search-entities
// description: Full-text search over entity names and aliases (index entity_names). $query is a Lucene query built from the user's words with every special character escaped; $kinds (a list of labels, or null) filters by type. Each hit gives only what a hit shows (id, name, aliases, mention count, labels), not the whole node.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($limit * 4)}) YIELD node, score
WHERE $kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)
RETURN node {.id, .name, .aliases, .mentionCount} AS properties, labels(node) AS labels, elementId(node) AS elementId, score
ORDER BY score DESC, node.mentionCount DESC
LIMIT toInteger($limit)
