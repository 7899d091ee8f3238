// name: known-articles
// description: Which of the articles $ids are in the graph already with the same text (the id is its hash), extracted by extractor $name at version $version: those need no extraction at all.
MATCH (a:Article) WHERE a.id IN $ids AND a.extractor = $name AND a.extractorVersion = $version RETURN a.id AS id
