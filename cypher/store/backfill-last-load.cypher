// name: backfill-last-load
// description: Gives up to $batch entities, events and allegations written before `lastLoad` existed the latest load id of their `loads`; returns how many it set (run until 0 before the lastLoad indexes are created, so a store that has them has no node to set).
CALL () {
  MATCH (n:Entity) WHERE n.loads IS NOT NULL AND n.lastLoad IS NULL RETURN n LIMIT toInteger($batch)
  UNION
  MATCH (n:Event) WHERE n.loads IS NOT NULL AND n.lastLoad IS NULL RETURN n LIMIT toInteger($batch)
  UNION
  MATCH (n:Allegation) WHERE n.loads IS NOT NULL AND n.lastLoad IS NULL RETURN n LIMIT toInteger($batch)
}
SET n.lastLoad = reduce(latest = null, l IN n.loads | CASE WHEN latest >= l THEN latest ELSE l END)
RETURN count(n) AS set
