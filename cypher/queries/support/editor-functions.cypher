// name: editor-functions
// description: The Cypher functions with their signatures, for completion in the Queries panel's Cypher editor.
SHOW FUNCTIONS YIELD name, signature
RETURN name, signature
