// name: count-nodes-by-label
// description: Node count for one label, given as the $label parameter (a dynamic label).
MATCH (n:$($label)) RETURN count(n) AS count
