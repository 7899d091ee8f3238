// name: neighbours
// description: One breadth-first hop: the neighbours of the nodes whose elementIds are $frontier, leaving out Articles and Sentences unless $evidenceNodes.
MATCH (n)--(m) WHERE elementId(n) IN $frontier AND ($evidenceNodes OR NOT (m:Article OR m:Sentence))
RETURN DISTINCT m
