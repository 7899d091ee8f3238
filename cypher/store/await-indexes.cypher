// name: await-indexes
// description: Waits (up to 300 s) until every index is online, so searches right after a load see everything.
CALL db.awaitIndexes(300)
