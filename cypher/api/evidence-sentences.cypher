// name: evidence-sentences
// description: Evidence sentences by id ($ids; the claims give each stance its own), each with its article (title, outlet, date, URL, file) and the mentions of the entities $highlight (offsets made relative to the sentence).
WITH $highlight AS highlight
UNWIND $ids AS id
MATCH (s:Sentence {id: id})
MATCH (a:Article {id: s.articleId})
// include: fragments/evidence-sentence.cypher
RETURN sentence.id AS id, sentence.text AS text, sentence.mentions AS mentions, sentence.article AS article
