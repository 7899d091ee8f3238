// name: count-nodes-by-label
// description: Node count for one label ({{label}}, filled from db.labels()), read from the count store: a label given as a parameter ($(…)) would scan every node.
// placeholders: label
MATCH (n{{label}}) RETURN count(n) AS count
