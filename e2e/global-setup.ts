/*
 * Playwright global setup (runs after the web server has started): makes sure the tests' own
 * Neo4j runs and holds the sample corpus, and asks the server for the start screen once, so the first
 * test does not pay for a cold database on a busy machine. It never empties the database. Its teardown stops that
 * Neo4j again when it was not running before this e2e run began (playwright.config.ts records that
 * before the web server starts it).
 */
import type { FullConfig } from '@playwright/test';
import { GraphDatabase } from '../graph-store/db/graph-database.ts';
import { embeddedInstance } from '../graph-store/db/neo4j-target.ts';
import { stopEmbedded } from '../graph-store/db/embedded-neo4j.ts';
import { loadSampleCorpus, startTestDatabase, testDatabaseEnv, testTarget } from '../testing/test-database.ts';

/** Asks the server for what the first page shows (the overview, a search), waiting as long as a cold start takes. */
async function warmUp(baseURL: string | undefined): Promise<void> {
  if (!baseURL) return;
  for (const path of ['/api/overview', '/api/search?q=Russia']) {
    await fetch(new URL(path, baseURL), { signal: AbortSignal.timeout(120_000) }).catch(() => undefined);
  }
}

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  await startTestDatabase();
  const db = GraphDatabase.open(testTarget());
  try {
    await loadSampleCorpus(db);
  } finally {
    await db.close();
  }
  await warmUp(config.projects[0]?.use.baseURL);
  return async () => {
    if (process.env.NEWSGRAPH_E2E_DB_WAS_RUNNING === '0') await stopEmbedded(embeddedInstance(testDatabaseEnv()));
  };
}
