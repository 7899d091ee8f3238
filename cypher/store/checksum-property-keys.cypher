// name: checksum-property-keys
// description: For the content checksum: the property key tokens.
CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys
