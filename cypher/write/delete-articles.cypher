// name: delete-articles
// description: Deletes the articles $articleIds with their sentences.
MATCH (a:Article) WHERE a.id IN $articleIds
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s, a
