// name: record-load
// description: Records one load as a (:Load) node: the properties in $load (id, startedAt, finishedAt, paths, files, extractor, extractorVersion, article counts) and how many entities, events and allegations it added (first written by it) or changed (written again by it).
CALL () {
  MATCH (n) WHERE (n:Entity OR n:Event OR n:Allegation) AND $load.id IN coalesce(n.loads, [])
  WITH n, coalesce(n.firstLoad = $load.id, false) AS added
  RETURN
    count(CASE WHEN n:Entity AND added THEN 1 END) AS entitiesAdded,
    count(CASE WHEN n:Entity AND NOT added THEN 1 END) AS entitiesChanged,
    count(CASE WHEN n:Event AND added THEN 1 END) AS eventsAdded,
    count(CASE WHEN n:Event AND NOT added THEN 1 END) AS eventsChanged,
    count(CASE WHEN n:Allegation AND added THEN 1 END) AS allegationsAdded,
    count(CASE WHEN n:Allegation AND NOT added THEN 1 END) AS allegationsChanged
}
MERGE (l:Load {id: $load.id})
SET l += $load, l.entitiesAdded = entitiesAdded, l.entitiesChanged = entitiesChanged,
    l.eventsAdded = eventsAdded, l.eventsChanged = eventsChanged,
    l.allegationsAdded = allegationsAdded, l.allegationsChanged = allegationsChanged
RETURN l
