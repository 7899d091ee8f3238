// name: stamp-load
// description: Records that the load $loadId added or changed the entities $entityIds and the events and allegations $factIds: appends it to their `loads`. Each list is looked up through its own labels' unique indexes only.
CALL () {
  UNWIND $entityIds AS id
  MATCH (n:Entity {id: id})
  SET n.loads = CASE WHEN $loadId IN coalesce(n.loads, []) THEN n.loads ELSE coalesce(n.loads, []) + $loadId END
}
CALL () {
  UNWIND $factIds AS key
  CALL (key) {
    // include: fragments/fact-by-id.cypher
  }
  SET f.loads = CASE WHEN $loadId IN coalesce(f.loads, []) THEN f.loads ELSE coalesce(f.loads, []) + $loadId END
}
