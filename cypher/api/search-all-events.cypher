// name: search-all-events
// description: Events that match the user's words $query (Lucene, escaped) by their type or label (index fact_text) or through a party whose name matches (index entity_names), and whose date starts with every one of $dates (2024, 2024-06, ...; empty for any): how many (at most 1000) and the $limit best.
CALL () {
  CALL db.index.fulltext.queryNodes('fact_text', $query, {limit: 1000}) YIELD node, score
  WITH node, score WHERE node:Event
  RETURN node AS e, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 100}) YIELD node, score
  MATCH (node)-[:PARTICIPATED_IN]->(e:Event)
  RETURN e, score * 0.9 AS score
}
WITH e, max(score) AS score
WHERE all(d IN $dates WHERE e.date STARTS WITH d)
WITH e, score ORDER BY score DESC, e.articleCount DESC, e.date DESC, e.id
WITH collect({node: e, score: score})[0..1000] AS found
RETURN size(found) AS total, found[0..toInteger($limit)] AS hits
