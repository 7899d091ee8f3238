// name: fact-by-id
// description: A fragment, not a query: the Event or Allegation `f` whose `id` is `key`, through each label's unique index (a bare `(f {id: key})` would scan every node). Queries include it inside `CALL (key) { … }`.
MATCH (f:Event {id: key}) RETURN f
UNION MATCH (f:Allegation {id: key}) RETURN f
