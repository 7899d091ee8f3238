// name: stamp-load
// description: Records that the load $loadId added or changed the entities, events and allegations $ids: appends it to their `loads`.
UNWIND $ids AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n WHERE n:Entity OR n:Event OR n:Allegation
SET n.loads = CASE WHEN $loadId IN coalesce(n.loads, []) THEN n.loads ELSE coalesce(n.loads, []) + $loadId END
