// name: record-load
// description: Records one load as a (:Load) node: the properties in $load (id, startedAt, finishedAt, paths, files, extractor, extractorVersion, article counts, and how many entities, events and allegations it added, first written by it, or changed, written again by it: counted by stamp-load as its batches were written, so recording reads no other node).
MERGE (l:Load {id: $load.id})
SET l += $load
RETURN l
