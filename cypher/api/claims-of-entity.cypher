// name: claims-of-entity
// description: The ids of the allegations the entity $key is a party to: it alleges, denies or confirms them, or they target it.
MATCH (:Entity {id: $key})-[:ALLEGES|DENIES|CONFIRMS]->(al:Allegation)
RETURN al.id AS id
UNION
MATCH (al:Allegation)-[:TARGETS]->(:Entity {id: $key})
RETURN al.id AS id
