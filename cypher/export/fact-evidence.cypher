// name: fact-evidence
// description: The evidence of the Events and Allegations among $keys: their supporting sentences and the articles that report them.
MATCH (f)-[r:SUPPORTED_BY|REPORTED_IN]->(x) WHERE (f:Event OR f:Allegation) AND f.id IN $keys
RETURN f, r, x
