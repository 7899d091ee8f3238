// name: neighbour-filter
// description: A fragment, not a query: the WHERE clause that keeps a relationship r from a node to a neighbour m that the explorer shows (m an Entity, Event or Allegation: never provenance) and that passes the view's filters: $types (relationship types or null), $kinds (labels or null), $from/$to (Event dates, cut to each date's precision; undated Events kept when $keepUndated), $statuses (Allegation statuses or null), $minArticles (Events, Allegations and relationships with articleCount; 0 or more). Each test is guarded by its parameter first, so an unfiltered view reads no property for it.
WHERE (m:Entity OR m:Event OR m:Allegation)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($minArticles = 0 OR r.articleCount IS NULL OR r.articleCount >= $minArticles)
  AND ($kinds IS NULL OR any(l IN labels(m) WHERE l IN $kinds))
  AND (($keepUndated AND $from IS NULL AND $to IS NULL) OR NOT m:Event OR (m.date IS NULL AND $keepUndated) OR (($from IS NULL OR m.date >= left($from, size(m.date))) AND ($to IS NULL OR m.date <= left($to, size(m.date)))))
  AND ($statuses IS NULL OR NOT m:Allegation OR m.status IN $statuses)
  AND ($minArticles = 0 OR NOT (m:Event OR m:Allegation) OR coalesce(m.articleCount, 0) >= $minArticles)
