// name: merge-nodes
// description: MERGEs imported nodes in $rows (key, labels, properties) on one key label ({{label}}: a constrained label, so the MERGE uses its index), sets their properties and adds their other labels.
// placeholders: label
UNWIND $rows AS row
MERGE (n{{label}} {id: row.key})
SET n += row.properties
SET n:$(row.labels)
