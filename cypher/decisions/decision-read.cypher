// name: decision-read
// description: What the decision $id changed in this graph (its JSON snapshot), if it was applied here.
MATCH (d:Decision {id: $id})
RETURN d.snapshot AS snapshot
