// name: overview-contested
// description: The "most contested" overview: allegations that someone asserts (an entity that ALLEGES it, or an unnamed alleger) and someone DENIES, most parties on both sides first, then most reported; at most $limit, with their parties' ids.
MATCH (al:Allegation)
WITH al,
  COUNT { (:Entity)-[:ALLEGES]->(al) } + CASE WHEN al.allegerDescription IS NULL THEN 0 ELSE 1 END AS allegers,
  COUNT { (:Entity)-[:DENIES]->(al) } AS deniers
WHERE allegers > 0 AND deniers > 0
WITH al, allegers, deniers
ORDER BY allegers + deniers DESC, coalesce(al.articleCount, 0) DESC, al.id
LIMIT toInteger($limit)
RETURN al, allegers, deniers,
  COLLECT { MATCH (al)-[:ALLEGES|TARGETS|DENIES|CONFIRMS]-(e:Entity) RETURN DISTINCT e.id } AS parties
