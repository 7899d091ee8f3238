// name: allegations-against
// title: Allegations against an actor
// description: What an actor is accused of: each allegation with its status, who alleges it, who denies it and who confirms it, and how many articles report it.
// param: actor entity = state:ru -- The accused.
// param: limit integer[1..1000] = 50 -- At most this many allegations.
// result: table
MATCH (al:Allegation)-[:TARGETS]->(:Entity {id: $actor})
RETURN al.claim AS claim,
       al.category AS category,
       al.status AS status,
       COLLECT { MATCH (e:Entity)-[:ALLEGES]->(al) RETURN e.name ORDER BY e.name } + [d IN [al.allegerDescription] WHERE d IS NOT NULL] AS allegedBy,
       COLLECT { MATCH (e:Entity)-[:DENIES]->(al) RETURN e.name ORDER BY e.name } AS deniedBy,
       COLLECT { MATCH (e:Entity)-[:CONFIRMS]->(al) RETURN e.name ORDER BY e.name } AS confirmedBy,
       al.articleCount AS articles,
       al.id AS allegation
ORDER BY articles DESC, claim
LIMIT $limit
