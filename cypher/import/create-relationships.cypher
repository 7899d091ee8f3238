// name: create-relationships
// description: Creates imported relationships of one type ({{type}}) in $rows (source, target, properties) between nodes found by id (through {{sourceLabel}} and {{targetLabel}} when known), unless one of that type with the same properties joins them already; returns how many it created.
// placeholders: type, sourceLabel, targetLabel
UNWIND $rows AS row
MATCH (a{{sourceLabel}} {id: row.source})
MATCH (b{{targetLabel}} {id: row.target})
OPTIONAL MATCH (a)-[same{{type}}]->(b) WHERE properties(same) = row.properties
WITH a, b, row, count(same) AS existing
WHERE existing = 0
CREATE (a)-[r{{type}}]->(b)
SET r = row.properties
RETURN count(r) AS created
