// name: who-accuses-whom
// title: Who accuses whom
// description: Accuser and accused pairs, aggregated over every allegation that links them: how many allegations, of which categories, how many denied, and in how many articles.
// param: minAllegations integer[1..1000] = 1 -- Only pairs with at least this many allegations.
// param: limit integer[1..1000] = 50 -- At most this many pairs.
// result: table
MATCH (accuser:Entity)-[:ALLEGES]->(al:Allegation)-[:TARGETS]->(accused:Entity)
WHERE accuser <> accused
WITH accuser, accused,
     count(DISTINCT al) AS allegations,
     collect(DISTINCT al.category) AS categories,
     count(DISTINCT CASE WHEN al.status IN ['denied', 'disputed'] THEN al END) AS denied,
     sum(coalesce(al.articleCount, 0)) AS articles
WHERE allegations >= $minAllegations
RETURN accuser.name AS accuser, accused.name AS accused, allegations, categories, denied, articles,
       accuser.id AS accuserId, accused.id AS accusedId
ORDER BY allegations DESC, articles DESC, accuser, accused
LIMIT $limit
