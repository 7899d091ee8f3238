// name: write-articles
// description: MERGEs the articles in $rows (id, title, source, url, publishedAt, file, sourceKey, sentenceCount, extractor, extractorVersion, loadedAt).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.source = row.source, a.url = row.url, a.publishedAt = row.publishedAt,
    a.file = row.file, a.sourceKey = row.sourceKey, a.sentenceCount = row.sentenceCount,
    a.extractor = row.extractor, a.extractorVersion = row.extractorVersion, a.loadedAt = row.loadedAt
