// name: contested-allegations
// title: Contested allegations
// description: Allegations that someone asserts and someone denies, with both sides, the accused and how many articles report them.
// param: limit integer[1..1000] = 50 -- How many.
// result: table
MATCH (al:Allegation)
WHERE EXISTS { (:Entity)-[:DENIES]->(al) }
  AND (EXISTS { (:Entity)-[:ALLEGES]->(al) } OR al.allegerDescription IS NOT NULL)
RETURN al.claim AS claim,
       al.status AS status,
       COLLECT { MATCH (e:Entity)-[:ALLEGES]->(al) RETURN e.name ORDER BY e.name } + [d IN [al.allegerDescription] WHERE d IS NOT NULL] AS allegedBy,
       COLLECT { MATCH (al)-[:TARGETS]->(e:Entity) RETURN e.name ORDER BY e.name } AS accused,
       COLLECT { MATCH (e:Entity)-[:DENIES]->(al) RETURN e.name ORDER BY e.name } AS deniedBy,
       al.articleCount AS articles,
       al.id AS allegation
ORDER BY articles DESC, claim
LIMIT $limit
