// name: sentences-with-articles
// description: The sentences $sentenceIds with their articles.
MATCH (a:Article)-[h:HAS_SENTENCE]->(s:Sentence) WHERE s.id IN $sentenceIds
RETURN a, h, s
