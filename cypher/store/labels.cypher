// name: labels
// description: Every node label in the database, in order.
CALL db.labels() YIELD label RETURN label ORDER BY label
