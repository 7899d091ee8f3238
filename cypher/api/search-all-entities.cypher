// name: search-all-entities
// description: Entities whose name or alias matches $query (a Lucene query built from the user's words, every special character escaped; index entity_names), of the kinds $kinds (labels, or null for all): how many (at most 1000) and the $limit best.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 1000}) YIELD node, score
WHERE $kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)
WITH node, score ORDER BY score DESC, node.mentionCount DESC, node.id
WITH count(*) AS total, collect({node: node, score: score}) AS found
RETURN total, found[0..toInteger($limit)] AS hits
