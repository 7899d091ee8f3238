// name: article-details
// description: What an export's SOURCES lists about each of the articles $ids: title, outlet, date, URL.
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.title AS title, a.source AS source, a.publishedAt AS publishedAt, a.url AS url
