// name: relation-evidence
// title: Articles and sentences behind a relation
// description: The sentences (verbatim, with their article) that support the relations between two entities, in either direction, such as a leader and the state they lead.
// param: source entity = state:ru -- One entity.
// param: target entity = state:kp -- The other.
// param: type string? -- Only this relation type (LEADER_OF, MEMBER_OF, ...); empty for every type.
// result: table
MATCH (a:Entity {id: $source})-[r]-(b:Entity {id: $target})
WHERE r.sentenceIds IS NOT NULL
  AND ($type IS NULL OR type(r) = $type)
UNWIND coalesce(r.sentenceIds, []) AS sentenceId
MATCH (art:Article)-[:HAS_SENTENCE]->(s:Sentence {id: sentenceId})
RETURN startNode(r).name AS from, type(r) AS relation, endNode(r).name AS to,
       art.publishedAt AS published, coalesce(art.source, '') AS outlet, coalesce(art.title, 'Untitled article (' + coalesce(art.file, art.id) + ')') AS article,
       s.text AS sentence, s.id AS sentenceId
ORDER BY published, article, s.index
