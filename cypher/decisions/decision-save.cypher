// name: decision-save
// description: Keeps what a decision changed in this graph ($snapshot, JSON), so it can be undone exactly: a (:Decision) node with the rule's $id and $action.
MERGE (d:Decision {id: $id})
SET d.action = $action, d.snapshot = $snapshot, d.appliedAt = $appliedAt
