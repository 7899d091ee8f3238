// name: count-relationships-by-type
// description: Relationship count for one type ({{type}}, filled from db.relationshipTypes()), read from the count store: a type given as a parameter ($(…)) would scan every relationship.
// placeholders: type
MATCH ()-[r{{type}}]->() RETURN count(r) AS count
