// name: induced-relationships
// description: The stored relationships between the nodes $keys and the nodes $others (Entities, Events, Allegations; $others includes $keys): the edges to draw between what is, or comes, into view. Each pair is joined from both ends (Expand Into), so a hub in view costs the relationships between it and the others, not all of its own; a pair within $keys is joined once.
UNWIND $keys AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n AS a WHERE a:Entity OR a:Event OR a:Allegation
UNWIND $others AS other
CALL (other) {
  MATCH (b:Entity {id: other}) RETURN b
  UNION
  MATCH (b:Event {id: other}) RETURN b
  UNION
  MATCH (b:Allegation {id: other}) RETURN b
}
WITH a, b WHERE NOT (b.id IN $keys AND b.id < a.id)
MATCH (a)-[r]-(b)
RETURN a, r, b
