// name: evidence-page
// description: A page ($skip, $limit, newest article first) of the sentences $ids, with the entities $highlight marked, and how many sentences, articles and outlets they come from: the evidence of an edge.
WITH $highlight AS highlight, COLLECT { UNWIND $ids AS id MATCH (s:Sentence {id: id}) RETURN DISTINCT s } AS sentences
// include: fragments/evidence-page.cypher
