// name: index-exists
// description: One row when an index or constraint named $name exists, none otherwise.
SHOW INDEXES YIELD name WHERE name = $name RETURN name
