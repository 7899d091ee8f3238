// name: recompute-facts
// description: Recomputes the article and outlet counts of the events and allegations $factIds, and each allegation's status from its denials and confirmations.
UNWIND $factIds AS factId
MATCH (f {id: factId}) WHERE f:Event OR f:Allegation
OPTIONAL MATCH (f)-[:REPORTED_IN]->(a:Article)
WITH f, count(DISTINCT a) AS articles, count(DISTINCT a.source) AS outlets
SET f.articleCount = articles, f.outletCount = outlets
WITH f WHERE f:Allegation
SET f.status = CASE
  WHEN EXISTS { ()-[:DENIES]->(f) } AND EXISTS { ()-[:CONFIRMS]->(f) } THEN 'disputed'
  WHEN EXISTS { ()-[:DENIES]->(f) } THEN 'denied'
  WHEN EXISTS { ()-[:CONFIRMS]->(f) } THEN 'confirmed'
  ELSE coalesce(f.extractedStatus, 'alleged') END
