// name: entity-create
// description: Makes the entity $properties.id (if it is not there) with the labels of its type ({{labels}}, e.g. Entity:Person:Actor) and sets $properties on it: an entity split off, or put back by an undo.
// placeholders: labels
MERGE (e:Entity {id: $properties.id})
SET e{{labels}}
SET e += $properties
