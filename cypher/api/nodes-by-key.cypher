// name: nodes-by-key
// description: The Entities, Events and Allegations whose id is in $keys (to reopen a shared view), each found through its label's unique index.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Entity {id: key}) RETURN n
  UNION MATCH (n:Event {id: key}) RETURN n
  UNION MATCH (n:Allegation {id: key}) RETURN n
}
RETURN n
