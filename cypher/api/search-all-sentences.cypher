// name: search-all-sentences
// description: Sentences whose text matches $query (Lucene, escaped; index sentence_text), each with its article (title, outlet, date, URL, file): how many (at most 1000) and the $limit best, newest article first among equals.
CALL db.index.fulltext.queryNodes('sentence_text', $query, {limit: 1000}) YIELD node, score
WITH count(*) AS total, collect({s: node, score: score}) AS found
UNWIND found[0..toInteger($limit)] AS hit
WITH total, hit.s AS s, hit.score AS score
MATCH (a:Article {id: s.articleId})
WITH total, s, score, a ORDER BY score DESC, a.publishedAt DESC, s.id
RETURN total, collect({id: s.id, text: s.text, score: score,
  article: {id: a.id, title: a.title, outlet: a.source, publishedAt: a.publishedAt, url: a.url, file: a.file}}) AS hits
