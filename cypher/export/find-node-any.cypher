// name: find-node-any
// description: One node of any label by its `id` property or its elementId ($id): a scan, run only when the indexed lookup (find-node-by-id) found nothing.
MATCH (n) WHERE n.id = $id OR elementId(n) = $id RETURN n LIMIT 1
