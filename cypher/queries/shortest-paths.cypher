// name: shortest-paths
// title: Shortest paths between two actors
// description: Every shortest chain of relations, shared events and allegations that links two entities (up to 8 hops). With viaSentences, a sentence that mentions both also links them.
// param: from entity = state:kp -- One end.
// param: to entity = state:us -- The other end.
// param: viaSentences boolean = false -- Also link entities mentioned in the same sentence.
// param: limit integer[1..50] = 10 -- At most this many paths.
// result: graph
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
CALL (a, b) {
  MATCH p = allShortestPaths((a)-[:LEADER_OF|OFFICIAL_OF|MEMBER_OF|PART_OF|ALLIED_WITH|COOPERATES_WITH|OPPOSES|AFFILIATED_WITH|LOCATED_IN|SPOKESPERSON_OF|FOUNDER_OF|BASED_IN|CITIZEN_OF|SPOUSE_OF|LAWYER_OF|REPORTS_TO|TRADES_WITH|ATTACKS|CONDEMNS|SANCTIONS|DETAINS|CHARGES|FINES|IMPOSES_TARIFF_ON|DEPLOYS_TROOPS_TO|MEETS|SIGNS_TREATY_WITH|PARTICIPATED_IN|TOOK_PLACE_IN|ALLEGES|DENIES|CONFIRMS|TARGETS*..8]-(b)) WHERE NOT $viaSentences RETURN p
  UNION
  MATCH p = allShortestPaths((a)-[:LEADER_OF|OFFICIAL_OF|MEMBER_OF|PART_OF|ALLIED_WITH|COOPERATES_WITH|OPPOSES|AFFILIATED_WITH|LOCATED_IN|SPOKESPERSON_OF|FOUNDER_OF|BASED_IN|CITIZEN_OF|SPOUSE_OF|LAWYER_OF|REPORTS_TO|TRADES_WITH|ATTACKS|CONDEMNS|SANCTIONS|DETAINS|CHARGES|FINES|IMPOSES_TARIFF_ON|DEPLOYS_TROOPS_TO|MEETS|SIGNS_TREATY_WITH|PARTICIPATED_IN|TOOK_PLACE_IN|ALLEGES|DENIES|CONFIRMS|TARGETS|MENTIONS*..8]-(b)) WHERE $viaSentences RETURN p
}
RETURN p
LIMIT $limit
