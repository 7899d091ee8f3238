// name: first-loads
// description: The load that first wrote each of the entities, events and allegations $ids (null for those written before loads were recorded), read before a replaced article's facts are deleted.
UNWIND $ids AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n WHERE n:Entity OR n:Event OR n:Allegation
RETURN n.id AS id, n.firstLoad AS firstLoad
