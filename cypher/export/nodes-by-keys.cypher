// name: nodes-by-keys
// description: The nodes whose key is in $keys: their `id` (through the constrained labels), else their elementId.
CALL () {
  UNWIND $keys AS key
  CALL (key) {
    // include: fragments/node-by-id.cypher
  }
  RETURN n
  UNION
  MATCH (n) WHERE elementId(n) IN $keys RETURN n
}
RETURN n
