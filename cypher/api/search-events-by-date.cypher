// name: search-events-by-date
// description: Events whose date starts with every one of $dates (2024, 2024-06, 2024-06-25), most reported first: how many (at most 1000) and the $limit first.
MATCH (e:Event)
WHERE e.date IS NOT NULL AND all(d IN $dates WHERE e.date STARTS WITH d)
WITH e ORDER BY e.articleCount DESC, e.date DESC, e.id
WITH collect({node: e, score: 1.0})[0..1000] AS found
RETURN size(found) AS total, found[0..toInteger($limit)] AS hits
