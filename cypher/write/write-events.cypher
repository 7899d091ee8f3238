// name: write-events
// description: MERGEs the events in $rows (id, type, category, plover, cameo, date, datePrecision, label, extractor, sentenceIds, articleIds) and links each to its sentences and articles; a new event records the load that made it ($loadId, or null).
UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
ON CREATE SET ev.firstLoad = $loadId
SET ev.type = row.type, ev.category = row.category, ev.plover = row.plover, ev.cameo = row.cameo,
    ev.date = coalesce(ev.date, row.date), ev.datePrecision = coalesce(ev.datePrecision, row.datePrecision),
    ev.label = row.label, ev.extractor = row.extractor
WITH ev AS fact, row
// include: fragments/link-evidence.cypher
