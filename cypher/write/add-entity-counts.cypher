// name: add-entity-counts
// description: Adds to each entity in $rows (id, mentions, articles, firstSeen) what the articles just written contribute: their mentions, their number, and an earlier first appearance. Counts are kept incrementally, so a batch never recounts a hub's mentions; recompute-entities recounts only after a retraction.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.mentionCount = coalesce(e.mentionCount, 0) + row.mentions,
    e.articleCount = coalesce(e.articleCount, 0) + row.articles,
    e.firstSeen = CASE
      WHEN row.firstSeen IS NOT NULL AND (e.firstSeen IS NULL OR row.firstSeen < e.firstSeen) THEN row.firstSeen
      ELSE e.firstSeen END
