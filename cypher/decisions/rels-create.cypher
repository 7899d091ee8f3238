// name: rels-create
// description: Creates, for the entity $entity, one {{type}} relationship per row of $rows (other: the id of the node at the other end; out: whether it starts at the entity; properties), with those properties.
// placeholders: type
MATCH (e:Entity {id: $entity})
UNWIND $rows AS row
WITH e, row, row.other AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH e, row, n AS x
CALL (e, x, row) {
  WITH * WHERE row.out
  CREATE (e)-[r{{type}}]->(x)
  SET r = row.properties
}
CALL (e, x, row) {
  WITH * WHERE NOT row.out
  CREATE (x)-[r{{type}}]->(e)
  SET r = row.properties
}
