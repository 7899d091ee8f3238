// name: most-mentioned-actors
// title: Most mentioned actors
// description: The entities the sentences mention most, with how many articles mention them and when they were first seen.
// param: kind string? -- Person, State, Organisation or Place; empty for actors (people and states).
// param: limit integer[1..1000] = 20 -- How many.
// result: table
MATCH (e:Entity)
WHERE CASE WHEN $kind IS NULL THEN e:Actor ELSE $kind IN labels(e) END
RETURN e.name AS name,
       [l IN labels(e) WHERE l IN ['Person', 'State', 'Organisation', 'Place']][0] AS kind,
       e.mentionCount AS mentions,
       e.articleCount AS articles,
       e.firstSeen AS firstSeen,
       e.id AS id
ORDER BY mentions DESC, articles DESC, name
LIMIT $limit
