// name: graph-nodes
// description: The ids of every Entity, Event and Allegation: the nodes `newsgraph analyse` computes metrics for (sentences and articles are provenance, not actors).
MATCH (n) WHERE n:Entity OR n:Event OR n:Allegation
RETURN n.id AS id
