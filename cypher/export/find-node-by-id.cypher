// name: find-node-by-id
// description: One node by its `id` property ($id), through the constrained labels.
WITH $id AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
RETURN n LIMIT 1
