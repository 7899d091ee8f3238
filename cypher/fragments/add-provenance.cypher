// name: add-provenance
// description: A fragment, not a query: adds the provenance of `row` (articleIds, sentenceIds) to the relationship `r`, keeping the lists free of repeats, and counts its articles.
SET r.articleIds = reduce(acc = coalesce(r.articleIds, []), x IN row.articleIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    r.sentenceIds = reduce(acc = coalesce(r.sentenceIds, []), x IN row.sentenceIds | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET r.articleCount = size(r.articleIds)
