// name: find-existing-articles
// description: Per article of a batch ($articles: id, sourceKey): unchanged (same text, extracted by this $extractor at this $extractorVersion), or the ids of the articles it replaces (older text of the same source, or the same text extracted by another extractor version). A bare Article (lock-articles, this transaction) counts as none.
UNWIND $articles AS row
OPTIONAL MATCH (same:Article {id: row.id}) WHERE same.extractor IS NOT NULL
OPTIONAL MATCH (old:Article {sourceKey: row.sourceKey}) WHERE old.id <> row.id
WITH row, same, collect(old.id) AS olds
RETURN row.id AS id,
       same IS NOT NULL AND same.extractor = $extractor AND same.extractorVersion = $extractorVersion AS unchanged,
       CASE WHEN same IS NOT NULL THEN olds + same.id ELSE olds END AS replaces
