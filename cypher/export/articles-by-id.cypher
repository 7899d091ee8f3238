// name: articles-by-id
// description: The articles $articleIds.
MATCH (a:Article) WHERE a.id IN $articleIds RETURN a
