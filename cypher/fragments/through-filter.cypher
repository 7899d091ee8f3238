// name: through-filter
// description: A fragment, not a query: the conditions (each opening with AND) that keep the relationship r2 from an Event or Allegation to one of its parties o (an Entity) when a neighbourhood reaches o through it: $types (relationship types or null), $minArticles (relationships with articleCount) and $kinds (labels or null).
    AND ($types IS NULL OR type(r2) IN $types)
    AND (r2.articleCount IS NULL OR r2.articleCount >= $minArticles)
    AND ($kinds IS NULL OR any(l IN labels(o) WHERE l IN $kinds))
