// name: lock-articles
// description: Takes the write lock of each article id in $ids (sorted, so two loads lock in one order), creating a bare Article (no extractor yet) where none exists. A load of the same article running at the same time waits here until this one commits, then finds the article written: it counts it unchanged and writes nothing twice. Every bare node is written in full later in the same transaction.
UNWIND $ids AS id
MERGE (:Article {id: id})
