// name: editor-schema
// description: The labels, relationship types and property keys of the graph, for completion in the Queries panel's Cypher editor. Not a library query (support/ is not listed).
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, collect(relationshipType) AS relationshipTypes
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, relationshipTypes, collect(propertyKey) AS propertyKeys
