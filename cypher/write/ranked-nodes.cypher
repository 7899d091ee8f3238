// name: ranked-nodes
// description: The ids of the nodes that are hubs (Entities, Events and Allegations with more than $hubDegree relationships besides provenance, fragments/view-degree.cypher) or carry a ranking of their neighbours: what cypher/write/rank-neighbours.cypher ranks again after writes that do not keep rankings up to date themselves (an import, the benchmark's generated graph). Degrees are read from Neo4j's stored counts.
MATCH (n) WHERE n:Entity OR n:Event OR n:Allegation
// include: fragments/view-degree.cypher
WITH n WHERE degree > $hubDegree OR n.topNeighbours IS NOT NULL
RETURN n.id AS id
