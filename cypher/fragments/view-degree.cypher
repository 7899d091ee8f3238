// name: view-degree
// description: A fragment, not a query: keeps every variable and adds `degree`, the relationships of the node `n` besides its provenance (MENTIONS, SUPPORTED_BY, REPORTED_IN), read from Neo4j's stored degrees without visiting them. Past a threshold the explorer treats `n` as a hub.
WITH *, COUNT { (n)--() } - COUNT { (n)-[:MENTIONS|SUPPORTED_BY|REPORTED_IN]-() } AS degree
