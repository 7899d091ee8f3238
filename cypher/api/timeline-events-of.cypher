// name: timeline-events-of
// description: Dated Events for the timeline of the nodes $keys, oldest first: the Events among $keys and those an Entity of $keys took part in or that took place in one (PARTICIPATED_IN, TOOK_PLACE_IN), within $from/$to when set. Found from the keys through their unique indexes and typed relationships, never by walking every Event (timeline-events.cypher is the whole timeline).
UNWIND $keys AS key
CALL (key) {
  MATCH (e:Event {id: key})
  RETURN e
  UNION
  MATCH (:Entity {id: key})-[:PARTICIPATED_IN|TOOK_PLACE_IN]-(e:Event)
  RETURN e
}
WITH DISTINCT e
WHERE e.date IS NOT NULL
  AND ($from IS NULL OR e.date >= left($from, size(e.date)))
  AND ($to IS NULL OR e.date <= left($to, size(e.date)))
RETURN e.id AS key, coalesce(e.label, e.type, e.id) AS label, e.type AS type, e.date AS date,
  e.datePrecision AS datePrecision, coalesce(e.articleCount, 0) AS articleCount
ORDER BY e.date, e.id
LIMIT toInteger($limit)
