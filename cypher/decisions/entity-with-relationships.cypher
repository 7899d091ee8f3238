// name: entity-with-relationships
// description: The entity $id (labels and properties) with every relationship it has: type, whether it starts at the entity (`out`), the id of the node at the other end, and its properties. What a merge or split moves, and what its undo puts back.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[r]-(x)
RETURN e, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), out: startNode(r) = e, other: x.id, properties: properties(r)} END) AS rels
