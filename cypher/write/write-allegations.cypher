// name: write-allegations
// description: MERGEs the allegations in $rows (id, claim, category, status, allegerDescription, label, extractor, sentenceIds, articleIds) and links each to its sentences and articles; a new allegation records the load that made it ($loadId, or null).
UNWIND $rows AS row
MERGE (al:Allegation {id: row.id})
ON CREATE SET al.firstLoad = $loadId
SET al.claim = coalesce(al.claim, row.claim), al.category = row.category,
    al.extractedStatus = row.status, al.allegerDescription = coalesce(al.allegerDescription, row.allegerDescription),
    al.label = coalesce(al.label, row.label), al.extractor = row.extractor
WITH al AS fact, row
// include: fragments/link-evidence.cypher
