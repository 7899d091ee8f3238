// name: decision-delete
// description: Forgets the decision $id's snapshot (it was undone).
MATCH (d:Decision {id: $id})
DELETE d
