// name: mention-evidence
// description: The evidence of the entities among $keys: the sentences that mention them.
MATCH (s:Sentence)-[r:MENTIONS]->(e:Entity) WHERE e.id IN $keys
RETURN s, r, e
