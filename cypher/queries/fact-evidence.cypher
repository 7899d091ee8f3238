// name: fact-evidence
// title: Articles and sentences behind an event or allegation
// description: The sentences (verbatim, with their article and outlet) that support one event or allegation, given its id (shown in the explorer's details and by actor-events and allegations-against).
// param: fact string -- The id of an Event or an Allegation.
// result: table
CALL () {
  MATCH (f:Event {id: $fact}) RETURN f
  UNION
  MATCH (f:Allegation {id: $fact}) RETURN f
}
MATCH (f)-[:SUPPORTED_BY]->(s:Sentence)<-[:HAS_SENTENCE]-(art:Article)
RETURN coalesce(f.claim, f.label, f.type) AS fact,
       art.publishedAt AS published, coalesce(art.source, '') AS outlet, coalesce(art.title, 'Untitled article (' + coalesce(art.file, art.id) + ')') AS article,
       s.text AS sentence, s.id AS sentenceId
ORDER BY published, article, s.index
