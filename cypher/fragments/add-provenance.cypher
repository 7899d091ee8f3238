// name: add-provenance
// description: A fragment, not a query: adds the provenance of `row` (articleIds, sentenceIds) to the relationship `r`, keeping the lists free of repeats (one append per list, not one copy per id), and counts its articles.
SET r.articleIds = coalesce(r.articleIds, []) + [x IN row.articleIds WHERE r.articleIds IS NULL OR NOT x IN r.articleIds],
    r.sentenceIds = coalesce(r.sentenceIds, []) + [x IN row.sentenceIds WHERE r.sentenceIds IS NULL OR NOT x IN r.sentenceIds]
SET r.articleCount = size(r.articleIds)
