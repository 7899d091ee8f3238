// name: checksum-indexes
// description: For the content checksum: the indexes.
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state
