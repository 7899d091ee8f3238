// name: induced-relationships
// description: The stored relationships between the nodes $keys and the nodes $others (Entities, Events, Allegations; $others includes $keys): the edges to draw between what is, or comes, into view.
UNWIND $keys AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n AS a WHERE a:Entity OR a:Event OR a:Allegation
MATCH (a)-[r]-(b)
WHERE b.id IN $others AND (b:Entity OR b:Event OR b:Allegation)
RETURN a, r, b
