// name: timeline-events
// description: Dated Events for the timeline, oldest first: all of them, or those a party of which is in $keys (null for all), within $from/$to when set.
MATCH (e:Event)
WHERE e.date IS NOT NULL
  AND ($keys IS NULL OR e.id IN $keys OR EXISTS { MATCH (e)--(p:Entity) WHERE p.id IN $keys })
  AND ($from IS NULL OR e.date >= left($from, size(e.date)))
  AND ($to IS NULL OR e.date <= left($to, size(e.date)))
RETURN e.id AS key, coalesce(e.label, e.type, e.id) AS label, e.type AS type, e.date AS date,
  e.datePrecision AS datePrecision, coalesce(e.articleCount, 0) AS articleCount
ORDER BY e.date, e.id
LIMIT toInteger($limit)
