// name: actors-first-seen-after
// title: Actors first seen after a date
// description: Newcomers: the entities whose first mention is in an article published on or after a date, earliest first.
// param: since date = 2024-01-01 -- The date (inclusive).
// param: kind string? -- Person, State, Organisation or Place; empty for actors (people and states).
// param: limit integer[1..1000] = 50 -- How many.
// result: table
MATCH (e:Entity)
WHERE e.firstSeen >= $since
  AND CASE WHEN $kind IS NULL THEN e:Actor ELSE $kind IN labels(e) END
RETURN e.name AS name,
       [l IN labels(e) WHERE l IN ['Person', 'State', 'Organisation', 'Place']][0] AS kind,
       e.firstSeen AS firstSeen,
       e.mentionCount AS mentions,
       e.articleCount AS articles,
       e.id AS id
ORDER BY firstSeen, mentions DESC, name
LIMIT $limit
