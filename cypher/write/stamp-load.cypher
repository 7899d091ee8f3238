// name: stamp-load
// description: Records that the load $loadId added or changed the entities $entityIds and the events and allegations $factIds: appends it to their `loads`, which keeps only the latest $kept (so a node every load touches does not grow a list of every load ever run), and keeps `lastLoad`, the latest load id among them (indexed: what changed since a load is read from it, cypher/api/changes-since.cypher). Each list is looked up through its own labels' unique indexes only. Returns how many of them this load stamps for the first time, as added (their `firstLoad` is $loadId) or changed, by kind: what the load's record counts, summed over its batches.
CALL () {
  UNWIND $entityIds AS id
  MATCH (n:Entity {id: id})
  WITH n, NOT $loadId IN coalesce(n.loads, []) AS fresh, coalesce(n.firstLoad = $loadId, false) AS added
  SET n.loads = CASE WHEN fresh THEN (coalesce(n.loads, []) + $loadId)[-$kept..] ELSE n.loads END,
    n.lastLoad = CASE WHEN n.lastLoad >= $loadId THEN n.lastLoad ELSE $loadId END
  RETURN count(CASE WHEN fresh AND added THEN 1 END) AS entitiesAdded,
    count(CASE WHEN fresh AND NOT added THEN 1 END) AS entitiesChanged
}
CALL () {
  UNWIND $factIds AS key
  CALL (key) {
    // include: fragments/fact-by-id.cypher
  }
  WITH f, NOT $loadId IN coalesce(f.loads, []) AS fresh, coalesce(f.firstLoad = $loadId, false) AS added
  SET f.loads = CASE WHEN fresh THEN (coalesce(f.loads, []) + $loadId)[-$kept..] ELSE f.loads END,
    f.lastLoad = CASE WHEN f.lastLoad >= $loadId THEN f.lastLoad ELSE $loadId END
  RETURN count(CASE WHEN fresh AND added AND f:Event THEN 1 END) AS eventsAdded,
    count(CASE WHEN fresh AND NOT added AND f:Event THEN 1 END) AS eventsChanged,
    count(CASE WHEN fresh AND added AND f:Allegation THEN 1 END) AS allegationsAdded,
    count(CASE WHEN fresh AND NOT added AND f:Allegation THEN 1 END) AS allegationsChanged
}
RETURN entitiesAdded, entitiesChanged, eventsAdded, eventsChanged, allegationsAdded, allegationsChanged
