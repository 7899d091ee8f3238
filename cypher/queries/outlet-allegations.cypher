// name: outlet-allegations
// title: Which outlet reports which allegation
// description: For each outlet, the allegations its articles report, with the accused, the status and the articles. Articles whose outlet is unknown are grouped as "(unknown outlet)".
// param: outlet string? -- Only this outlet; empty for all.
// param: limit integer[1..1000] = 100 -- How many rows.
// result: table
MATCH (al:Allegation)-[:REPORTED_IN]->(art:Article)
WITH coalesce(art.source, '(unknown outlet)') AS outlet, al, art
WHERE $outlet IS NULL OR outlet = $outlet
WITH outlet, al, collect(art) AS articles
RETURN outlet,
       al.claim AS claim,
       al.status AS status,
       COLLECT { MATCH (al)-[:TARGETS]->(e:Entity) RETURN e.name ORDER BY e.name } AS accused,
       size(articles) AS articleCount,
       [a IN articles | coalesce(a.title, 'Untitled article (' + coalesce(a.file, a.id) + ')')] AS articles,
       al.id AS allegation
ORDER BY outlet, articleCount DESC, claim
LIMIT $limit
