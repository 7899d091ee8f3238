// name: shortest-paths-between
// description: Every shortest path (at most $limit) from the entity $from to the entity $to through entities, events and allegations, never through sentences or articles (those types link only entities, events and allegations): every entity relation (all of RELATION_TYPES in model/graph-model.ts), event participation and places, allegation parties (ALLEGES, TARGETS, DENIES, CONFIRMS); up to 8 hops (an event or allegation between two entities is two).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:LEADER_OF|OFFICIAL_OF|MEMBER_OF|PART_OF|ALLIED_WITH|COOPERATES_WITH|OPPOSES|AFFILIATED_WITH|LOCATED_IN|SPOKESPERSON_OF|FOUNDER_OF|BASED_IN|CITIZEN_OF|SPOUSE_OF|LAWYER_OF|REPORTS_TO|TRADES_WITH|ATTACKS|CONDEMNS|SANCTIONS|DETAINS|CHARGES|FINES|IMPOSES_TARIFF_ON|DEPLOYS_TROOPS_TO|MEETS|SIGNS_TREATY_WITH|PARTICIPATED_IN|TOOK_PLACE_IN|ALLEGES|TARGETS|DENIES|CONFIRMS*..8]-(b))
RETURN p
LIMIT toInteger($limit)
