// name: actor-events
// title: An actor's events between two dates
// description: The events an actor took part in, in date order, with its role, the other participants and how many articles report each. Events with a month or year date count when that month or year overlaps the range.
// param: actor entity = state:ru -- The actor.
// param: from date? -- Earliest date (inclusive); empty for no lower bound.
// param: to date? -- Latest date (inclusive); empty for no upper bound.
// param: limit integer[1..1000] = 200 -- At most this many events.
// result: table
MATCH (a:Entity {id: $actor})-[p:PARTICIPATED_IN]->(ev:Event)
WHERE ev.date IS NOT NULL
  AND ($from IS NULL OR left(ev.date, 10) >= left($from, size(left(ev.date, 10))))
  AND ($to IS NULL OR left(ev.date, 10) <= $to)
RETURN left(ev.date, 10) AS date,
       ev.datePrecision AS precision,
       ev.type AS type,
       ev.category AS category,
       p.role AS role,
       COLLECT { MATCH (o:Entity)-[q:PARTICIPATED_IN]->(ev) WHERE o <> a RETURN o.name + ' (' + q.role + ')' ORDER BY o.name } AS others,
       ev.articleCount AS articles,
       ev.label AS label,
       ev.id AS event
ORDER BY date, type, event
LIMIT $limit
