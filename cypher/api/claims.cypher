// name: claims
// description: The allegations $keys, each with its parties: who alleges, whom it targets, who denies and who confirms it (ALLEGES, TARGETS, DENIES, CONFIRMS), with the sentences each party's edge cites.
UNWIND $keys AS key
MATCH (al:Allegation {id: key})
CALL (al) {
  OPTIONAL MATCH (al)-[r:ALLEGES|TARGETS|DENIES|CONFIRMS]-(e:Entity)
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {node: e, type: type(r), sentenceIds: coalesce(r.sentenceIds, [])} END) AS parties
}
RETURN al, parties
ORDER BY al.articleCount DESC, al.id
