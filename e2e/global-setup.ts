/*
 * Playwright global setup (runs after the web server has started): makes sure the tests' own
 * Neo4j runs and holds the sample corpus. It never empties the database. Its teardown stops that
 * Neo4j again when it was not running before this e2e run began (playwright.config.ts records that
 * before the web server starts it).
 */
import { GraphDatabase } from '../graph-store/db/graph-database.ts';
import { embeddedInstance } from '../graph-store/db/neo4j-target.ts';
import { stopEmbedded } from '../graph-store/db/embedded-neo4j.ts';
import { loadSampleCorpus, startTestDatabase, testDatabaseEnv, testTarget } from '../testing/test-database.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  await startTestDatabase();
  const db = GraphDatabase.open(testTarget());
  try {
    await loadSampleCorpus(db);
  } finally {
    await db.close();
  }
  return async () => {
    if (process.env.NEWSGRAPH_E2E_DB_WAS_RUNNING === '0') await stopEmbedded(embeddedInstance(testDatabaseEnv()));
  };
}
