// name: overview-total
// description: How many Entities, Events and Allegations the graph holds, from Neo4j's count store (no node is visited): the start screen's total, and whether it ranks every node (overview-nodes) or stored measures (overview-nodes-stored).
RETURN COUNT { (:Entity) } + COUNT { (:Event) } + COUNT { (:Allegation) } AS total
