// name: graph-links
// description: Every stored relationship between two Entities, Events or Allegations, as the ids of its ends: the links `newsgraph analyse` computes metrics over.
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Event OR a:Allegation) AND (b:Entity OR b:Event OR b:Allegation)
RETURN a.id AS source, b.id AS target
