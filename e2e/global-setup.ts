/*
 * Playwright global setup (runs after the web server has started): makes sure the tests' own
 * Neo4j runs and holds the sample corpus. It never empties the database.
 */
import { GraphDatabase } from '../graph-loader/src/db/graph-database.ts';
import { loadSampleCorpus, startTestDatabase, testTarget } from '../graph-loader/src/testing/test-database.ts';

export default async function globalSetup(): Promise<void> {
  await startTestDatabase();
  const db = GraphDatabase.open(testTarget());
  try {
    await loadSampleCorpus(db);
  } finally {
    await db.close();
  }
}
