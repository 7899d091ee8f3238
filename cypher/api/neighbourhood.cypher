// name: neighbourhood
// description: The stored neighbours of the nodes $keys (Entity, Event or Allegation): one row per relationship r to a neighbour m, and, when m is an Event or Allegation reached from an Entity, the other parties of m (`through`), so that entity-to-entity links through events and allegations show at once. Sentences and Articles (provenance) are never neighbours. Filters: $types (relationship types or null), $kinds (labels or null), $from/$to (Event dates, cut to each date's precision), $statuses (Allegation statuses or null), $minArticles (Events, Allegations and relationships with articleCount).
UNWIND $keys AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n WHERE n:Entity OR n:Event OR n:Allegation
MATCH (n)-[r]-(m)
WHERE (m:Entity OR m:Event OR m:Allegation)
  AND ($types IS NULL OR type(r) IN $types)
  AND (r.articleCount IS NULL OR r.articleCount >= $minArticles)
  AND ($kinds IS NULL OR any(l IN labels(m) WHERE l IN $kinds))
  AND (NOT m:Event OR (($from IS NULL OR m.date >= left($from, size(m.date))) AND ($to IS NULL OR m.date <= left($to, size(m.date)))))
  AND (NOT m:Allegation OR $statuses IS NULL OR m.status IN $statuses)
  AND (NOT (m:Event OR m:Allegation) OR coalesce(m.articleCount, 0) >= $minArticles)
CALL (n, m) {
  OPTIONAL MATCH (m)-[r2]-(o:Entity)
  WHERE n:Entity AND (m:Event OR m:Allegation) AND o <> n
    AND ($types IS NULL OR type(r2) IN $types)
    AND (r2.articleCount IS NULL OR r2.articleCount >= $minArticles)
    AND ($kinds IS NULL OR any(l IN labels(o) WHERE l IN $kinds))
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE {rel: r2, node: o} END) AS through
}
RETURN n.id AS from, r, m, through
LIMIT 5000
