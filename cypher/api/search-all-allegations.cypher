// name: search-all-allegations
// description: Allegations whose claim, category or label matches $query (Lucene, escaped; index fact_text): how many (at most 1000) and the $limit best.
CALL db.index.fulltext.queryNodes('fact_text', $query, {limit: 1000}) YIELD node, score
WITH node, score WHERE node:Allegation
WITH node, score ORDER BY score DESC, node.articleCount DESC, node.id
WITH count(*) AS total, collect({node: node, score: score}) AS found
RETURN total, found[0..toInteger($limit)] AS hits
