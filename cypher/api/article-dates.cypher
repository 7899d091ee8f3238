// name: article-dates
// description: The publication date of each article in $ids.
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.publishedAt AS publishedAt
