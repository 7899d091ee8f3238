// name: nodes-by-key
// description: The Entities, Events and Allegations whose id is in $keys (to reopen a shared view), each found through its label's unique index.
UNWIND $keys AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n WHERE n:Entity OR n:Event OR n:Allegation
RETURN n
