// name: checksum-constraints
// description: For the content checksum: the constraints.
SHOW CONSTRAINTS YIELD name, type RETURN name, type
