// name: stamp-load
// description: Records that the load $loadId added or changed the entities $entityIds and the events and allegations $factIds: appends it to their `loads`, which keeps only the latest $kept (so a node every load touches does not grow a list of every load ever run). Each list is looked up through its own labels' unique indexes only.
CALL () {
  UNWIND $entityIds AS id
  MATCH (n:Entity {id: id})
  SET n.loads = CASE WHEN $loadId IN coalesce(n.loads, []) THEN n.loads ELSE (coalesce(n.loads, []) + $loadId)[-$kept..] END
}
CALL () {
  UNWIND $factIds AS key
  CALL (key) {
    // include: fragments/fact-by-id.cypher
  }
  SET f.loads = CASE WHEN $loadId IN coalesce(f.loads, []) THEN f.loads ELSE (coalesce(f.loads, []) + $loadId)[-$kept..] END
}
