// name: timeline-events
// description: Dated Events for the timeline, oldest first, within $from/$to when set: all of them (the explorer asks timeline-events-of.cypher for given nodes).
MATCH (e:Event)
WHERE e.date IS NOT NULL
  AND ($from IS NULL OR e.date >= left($from, size(e.date)))
  AND ($to IS NULL OR e.date <= left($to, size(e.date)))
RETURN e.id AS key, coalesce(e.label, e.type, e.id) AS label, e.type AS type, e.date AS date,
  e.datePrecision AS datePrecision, coalesce(e.articleCount, 0) AS articleCount
ORDER BY e.date, e.id
LIMIT toInteger($limit)
