// name: relationship-types
// description: Every relationship type in the database, in order.
CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType
