// name: induced-relationships
// description: The stored relationships between the nodes $keys and the nodes $others (Entities, Events, Allegations; $others includes $keys): the edges to draw between what is, or comes, into view.
UNWIND $keys AS key
CALL (key) {
  MATCH (a:Entity {id: key}) RETURN a
  UNION MATCH (a:Event {id: key}) RETURN a
  UNION MATCH (a:Allegation {id: key}) RETURN a
}
MATCH (a)-[r]-(b)
WHERE b.id IN $others AND (b:Entity OR b:Event OR b:Allegation)
RETURN a, r, b
