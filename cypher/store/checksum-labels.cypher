// name: checksum-labels
// description: For the content checksum: the label tokens.
CALL db.labels() YIELD label RETURN collect(label) AS labels
