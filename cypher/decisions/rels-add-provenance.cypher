// name: rels-add-provenance
// description: Adds the provenance of each row of $rows (articleIds, sentenceIds) to the entity $entity's {{type}} relationship with the node row.other in the direction row.out, with the same role and start (participation roles, mention offsets) as row.
// placeholders: type
MATCH (e:Entity {id: $entity})
UNWIND $rows AS row
WITH e, row, row.other AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH e, row, n AS x
CALL (e, x, row) {
  MATCH (e)-[r{{type}}]-(x)
  WHERE (startNode(r) = e) = row.out AND coalesce(r.role, '') = coalesce(row.role, '') AND coalesce(r.start, -1) = coalesce(row.start, -1)
  RETURN r LIMIT 1
}
// include: fragments/add-provenance.cypher
