// name: checksum-relationship-types
// description: For the content checksum: the relationship type tokens.
CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types
