// name: evidence-ids-co-mention
// description: The ids of the sentences that mention both entities $source and $target.
MATCH (:Entity {id: $source})<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(:Entity {id: $target})
RETURN collect(DISTINCT s.id) AS ids
