// name: node-by-id
// description: A fragment, not a query, and the one place a node is found by its id: the node `n` whose `id` is `key`, through the unique index of each label that has one (Entity, Event, Allegation, Article, Sentence: cypher/schema.cypher, ID_LABELS in model/graph-model.ts). Queries include it inside `CALL (key) { … }`.
MATCH (n:Entity {id: key}) RETURN n
UNION MATCH (n:Event {id: key}) RETURN n
UNION MATCH (n:Allegation {id: key}) RETURN n
UNION MATCH (n:Article {id: key}) RETURN n
UNION MATCH (n:Sentence {id: key}) RETURN n
