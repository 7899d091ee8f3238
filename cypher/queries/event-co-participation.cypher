// name: event-co-participation
// title: Co-participation network of events
// description: Events with at least two participants and the entities that took part in them, so actors that act together appear side by side. Filter by category and dates.
// param: category string? -- Only events of this category; empty for all.
// param: from date? -- Earliest event date (inclusive); empty for no lower bound.
// param: to date? -- Latest event date (inclusive); empty for no upper bound.
// param: minParticipants integer[1..50] = 2 -- Only events with at least this many participants.
// param: limit integer[1..1000] = 100 -- At most this many events (the most reported first).
// result: graph
MATCH (ev:Event)
WHERE ($category IS NULL OR ev.category = $category)
  AND ($from IS NULL OR (ev.date IS NOT NULL AND left(ev.date, 10) >= left($from, size(left(ev.date, 10)))))
  AND ($to IS NULL OR (ev.date IS NOT NULL AND left(ev.date, 10) <= $to))
  AND COUNT { (:Entity)-[:PARTICIPATED_IN]->(ev) } >= $minParticipants
WITH ev
ORDER BY coalesce(ev.articleCount, 0) DESC, ev.date, ev.id
LIMIT $limit
MATCH p = (:Entity)-[:PARTICIPATED_IN]->(ev)
RETURN p
