// name: keep-first-load
// description: Gives back `firstLoad` to the nodes in $rows (id, firstLoad) that a replaced article deleted and the same load wrote again, so they count as changed by it, not added.
UNWIND $rows AS row
WITH row, row.id AS key
CALL (key) {
  // include: fragments/node-by-id.cypher
}
WITH n, row WHERE n:Entity OR n:Event OR n:Allegation
SET n.firstLoad = row.firstLoad
