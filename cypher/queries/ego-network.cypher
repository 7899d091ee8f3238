// name: ego-network
// title: Ego network of an actor
// description: The entities, events and allegations within a few hops of an actor, through entity relations (leader of, member of, allied with, ...), shared events and allegations. An event or allegation between two actors counts as two hops.
// param: actor entity = state:ru -- The actor at the centre.
// param: depth integer[1..4] = 2 -- Hops out from the actor, 1 to 4.
// param: limit integer[1..500] = 150 -- At most this many nodes around the actor (the most reported first).
// result: graph
MATCH (ego:Entity {id: $actor})
CALL (ego) {
  CALL (ego) {
    MATCH (ego)-[:LEADER_OF|OFFICIAL_OF|MEMBER_OF|PART_OF|ALLIED_WITH|COOPERATES_WITH|OPPOSES|AFFILIATED_WITH|LOCATED_IN|PARTICIPATED_IN|TOOK_PLACE_IN|ALLEGES|DENIES|CONFIRMS|TARGETS*1..1]-(n) WHERE $depth = 1 RETURN DISTINCT n
    UNION
    MATCH (ego)-[:LEADER_OF|OFFICIAL_OF|MEMBER_OF|PART_OF|ALLIED_WITH|COOPERATES_WITH|OPPOSES|AFFILIATED_WITH|LOCATED_IN|PARTICIPATED_IN|TOOK_PLACE_IN|ALLEGES|DENIES|CONFIRMS|TARGETS*1..2]-(n) WHERE $depth = 2 RETURN DISTINCT n
    UNION
    MATCH (ego)-[:LEADER_OF|OFFICIAL_OF|MEMBER_OF|PART_OF|ALLIED_WITH|COOPERATES_WITH|OPPOSES|AFFILIATED_WITH|LOCATED_IN|PARTICIPATED_IN|TOOK_PLACE_IN|ALLEGES|DENIES|CONFIRMS|TARGETS*1..3]-(n) WHERE $depth = 3 RETURN DISTINCT n
    UNION
    MATCH (ego)-[:LEADER_OF|OFFICIAL_OF|MEMBER_OF|PART_OF|ALLIED_WITH|COOPERATES_WITH|OPPOSES|AFFILIATED_WITH|LOCATED_IN|PARTICIPATED_IN|TOOK_PLACE_IN|ALLEGES|DENIES|CONFIRMS|TARGETS*1..4]-(n) WHERE $depth >= 4 RETURN DISTINCT n
  }
  WITH n WHERE n <> ego
  ORDER BY coalesce(n.articleCount, 0) DESC, coalesce(n.mentionCount, 0) DESC, n.id
  RETURN collect(n)[0..$limit] AS around
}
WITH [ego] + around AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r:LEADER_OF|OFFICIAL_OF|MEMBER_OF|PART_OF|ALLIED_WITH|COOPERATES_WITH|OPPOSES|AFFILIATED_WITH|LOCATED_IN|PARTICIPATED_IN|TOOK_PLACE_IN|ALLEGES|DENIES|CONFIRMS|TARGETS]->(b) WHERE b IN nodes
RETURN nodes, collect(DISTINCT r) AS relationships
