/* Vitest global setup for integration tests: the tests' own Neo4j, started once, stopped if we started it. */
import { startTestDatabase, useTestDatabaseEnv } from './test-database.ts';

export default async function setup(): Promise<() => Promise<void>> {
  useTestDatabaseEnv();
  const stop = await startTestDatabase();
  return stop;
}
