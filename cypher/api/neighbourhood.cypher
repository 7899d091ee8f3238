// name: neighbourhood
// description: The stored neighbours of the nodes $keys (Entity, Event or Allegation), ranked and cut in the database. For each node n of $keys: one row for each of its neighbours m, best first (the most articles behind a relationship first, then by id), with every relationship between n and m (`rels`, each with the publication dates of its articles when $withDates) and, when m is an Event or Allegation reached from an Entity, the other parties of m (`through`), each with its own relationships to n (`direct`: a party may be a neighbour ranked past the page), so that entity-to-entity links through events and allegations show at once; and `neighbours`, how many there are in all. A node with at most $dense relationships besides its provenance is ranked over all its neighbours, and `neighbours` is exact (`exact`): with $whole, each of them comes in full; otherwise only its $perCentre best, and the first row's `rest` holds the ids of the others and of the parties behind them (for an exact count without reading them); a denser one (a hub) only its $perCentre (an integer) best, with its relationship count as the estimate of `neighbours`, so that expanding it never groups or returns all its neighbours: read from the ranking the hub stores (`topNeighbours`, `topScores`: cypher/write/rank-neighbours.cypher), each scored again over the relationships that pass the filters, when the page ends above the ranking's last; otherwise (filters that leave too few of them, no ranking) from its best relationships that pass the filters, equal ones by id. Either way in the exact ranking's order (score, then id). The first row of each node gives the node itself (`centre`, else null). Sentences and Articles (provenance) are never neighbours. Filters: those of fragments/neighbour-filter.cypher.
UNWIND $keys AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n WHERE n:Entity OR n:Event OR n:Allegation
WITH n
// include: fragments/view-degree.cypher
CALL (n, degree) {
  WITH n WHERE degree <= $dense
  MATCH (n)-[r]-(m)
  // include: fragments/neighbour-filter.cypher
  WITH n, m, max(coalesce(r.articleCount, m.articleCount, 1)) AS score
  ORDER BY score DESC, m.id
  WITH n, collect(m) AS ranked
  WITH n, ranked, CASE WHEN $whole THEN size(ranked) ELSE toInteger($perCentre) END AS cut
  // Past the page, only the ids: of the neighbours and of the parties behind them, for the exact count.
  RETURN size(ranked) AS neighbours, true AS exact, ranked[0..cut] AS best,
         [x IN ranked[cut..] | x.id] + COLLECT {
           UNWIND ranked[cut..] AS m
           MATCH (m)-[r2]-(o:Entity)
           WHERE n:Entity AND (m:Event OR m:Allegation) AND o <> n
             // include: fragments/through-filter.cypher
           RETURN DISTINCT o.id
         } AS rest
  UNION
  WITH n WHERE degree > $dense
  // The hub's stored ranking (cypher/write/rank-neighbours.cypher), each neighbour scored again over the relationships that pass the filters; with no filter set ($unfiltered), the page's share of it is enough: it ranks the same.
  CALL (n) {
    UNWIND CASE WHEN $unfiltered THEN coalesce(n.topNeighbours, [])[0..toInteger($perCentre)] ELSE coalesce(n.topNeighbours, []) END AS key
    CALL (key) {
      CALL (key) {
        // include: fragments/node-by-id.cypher
      }
      RETURN n AS m
    }
    MATCH (n)-[r]-(m)
    // include: fragments/neighbour-filter.cypher
    WITH m, max(coalesce(r.articleCount, m.articleCount, 1)) AS score
    ORDER BY score DESC, m.id
    RETURN collect({m: m, score: score}) AS stored
  }
  // Enough when the last of the page still ranks at or above the ranking's last: every neighbour left out of it ranks below.
  WITH n, degree, stored, stored[toInteger($perCentre) - 1] AS last
  WITH n, degree, stored,
       last IS NOT NULL AND (last.score > n.topScores[-1] OR (last.score = n.topScores[-1] AND last.m.id <= n.topNeighbours[-1])) AS enough
  CALL (n, stored, enough) {
    WITH stored, enough WHERE enough
    RETURN [x IN stored[0..toInteger($perCentre)] | x.m] AS best
    UNION
    // Too few of the stored ones pass the filters: the hub's best relationships that pass them, from all of them.
    WITH n, enough WHERE NOT enough
    MATCH (n)-[r]-(m)
    // include: fragments/neighbour-filter.cypher
    WITH m, coalesce(r.articleCount, m.articleCount, 1) AS score
    ORDER BY score DESC, m.id
    LIMIT 4 * toInteger($perCentre)
    WITH m, max(score) AS score
    ORDER BY score DESC, m.id
    LIMIT toInteger($perCentre)
    RETURN collect(m) AS best
  }
  RETURN degree AS neighbours, false AS exact, best, [] AS rest
}
// Below a hub, the relationships of n to every party behind the page's events and allegations, in one pass over n's relationships when a search per party would visit more of them (each search starts from the side with fewer); null otherwise, and they are searched party by party (below).
CALL (n, best, degree) {
  WITH n, best, degree WHERE n:Entity AND degree <= $dense
  UNWIND best AS e
  OPTIONAL MATCH (e:Event|Allegation)-[r2]-(o:Entity)
  WHERE o <> n
    // include: fragments/through-filter.cypher
  WITH n, degree, collect(DISTINCT o) AS parties
  WITH n, parties, 2 * degree < reduce(s = 0, c IN [o IN parties | COUNT { (o)--() }] | s + CASE WHEN c < degree THEN c ELSE degree END) AS onePass
  CALL (n, parties, onePass) {
    WITH n, parties WHERE onePass
    MATCH (n)-[r]-(m)
    // include: fragments/neighbour-filter.cypher
      AND m IN parties
    RETURN collect({id: m.id, rel: r, dates: CASE WHEN $withDates THEN COLLECT { MATCH (a:Article) WHERE a.id IN coalesce(r.articleIds, []) RETURN a.publishedAt } END}) AS read
  }
  RETURN head(collect(CASE WHEN onePass THEN read END)) AS partyRels
}
UNWIND range(0, size(best) - 1) AS i
WITH n, i, neighbours, exact, best[i] AS m, CASE WHEN i = 0 THEN rest ELSE [] END AS rest, partyRels
CALL (n, m) {
  MATCH (n)-[r]-(m)
  // include: fragments/neighbour-filter.cypher
  RETURN collect({rel: r, dates: CASE WHEN $withDates THEN COLLECT { MATCH (a:Article) WHERE a.id IN coalesce(r.articleIds, []) RETURN a.publishedAt } END}) AS rels
}
CALL (n, m, partyRels) {
  OPTIONAL MATCH (m)-[r2]-(o:Entity)
  WHERE n:Entity AND (m:Event OR m:Allegation) AND o <> n
    // include: fragments/through-filter.cypher
  // A party may be a neighbour too, ranked past the page: its own relationships to n come with it.
  CALL (n, o, partyRels) {
    WITH n, o AS m WHERE m IS NOT NULL AND partyRels IS NULL
    MATCH (n)-[r]-(m)
    // include: fragments/neighbour-filter.cypher
    RETURN collect({rel: r, dates: CASE WHEN $withDates THEN COLLECT { MATCH (a:Article) WHERE a.id IN coalesce(r.articleIds, []) RETURN a.publishedAt } END}) AS searched
  }
  WITH n, m, r2, o, CASE WHEN partyRels IS NULL THEN searched ELSE [x IN partyRels WHERE x.id = o.id | {rel: x.rel, dates: x.dates}] END AS direct
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE {rel: r2, node: o, direct: direct, dates: CASE WHEN $withDates THEN COLLECT { MATCH (a:Article) WHERE a.id IN coalesce(r2.articleIds, []) RETURN a.publishedAt } END} END) AS through
}
RETURN n.id AS from, CASE WHEN i = 0 THEN n END AS centre, neighbours, exact, m, rels, through, rest
