/*
 * The tests' own Neo4j: the embedded launcher on a separate store (.newsgraph/neo4j/test) and port,
 * so tests never touch the user's data. Integration tests and the e2e server share it.
 * NEWSGRAPH_TEST_NEO4J_URI (+ _USERNAME, _PASSWORD) points the tests at another server instead.
 */
import { embeddedInstance, resolveNeo4jTarget, type Neo4jTarget } from '../graph-store/db/neo4j-target.ts';
import { embeddedStatus, startEmbedded, stopEmbedded } from '../graph-store/db/embedded-neo4j.ts';
import type { GraphDatabase } from '../graph-store/db/graph-database.ts';
import { dataPath } from '../graph-store/paths.ts';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const TEST_BOLT_PORT = Number(process.env.NEWSGRAPH_TEST_BOLT_PORT ?? 7699);

/** The environment under which newsgraph code talks to the test database. */
export function testDatabaseEnv(): Record<string, string> {
  if (process.env.NEWSGRAPH_TEST_NEO4J_URI) {
    return {
      NEO4J_URI: process.env.NEWSGRAPH_TEST_NEO4J_URI,
      NEO4J_USERNAME: process.env.NEWSGRAPH_TEST_NEO4J_USERNAME ?? 'neo4j',
      NEO4J_PASSWORD: process.env.NEWSGRAPH_TEST_NEO4J_PASSWORD ?? '',
    };
  }
  return { NEWSGRAPH_INSTANCE: 'test', NEWSGRAPH_BOLT_PORT: String(TEST_BOLT_PORT) };
}

/** Points this process at the test database (removes any NEO4J_URI of the user's). */
export function useTestDatabaseEnv(): void {
  delete process.env.NEO4J_URI;
  delete process.env.NEO4J_DATABASE;
  Object.assign(process.env, testDatabaseEnv());
}

/** The test database's target. */
export function testTarget(): Neo4jTarget {
  return resolveNeo4jTarget({ ...testDatabaseEnv() });
}

/**
 * `npm test` runs Vitest and then the e2e tests on the same Neo4j. Under NEWSGRAPH_TEST_DB_HANDOVER=1,
 * a run that started it leaves it running (warm) and says so in this file; the next run takes it over,
 * and stops it when it ends.
 */
export function testDatabaseHandoverFile(): string {
  return path.join(embeddedInstance(testDatabaseEnv()).home, 'handed-over');
}

/** Starts the test Neo4j unless it runs already; returns a function that stops it if this call started it (or took it over). */
export async function startTestDatabase(): Promise<() => Promise<void>> {
  if (process.env.NEWSGRAPH_TEST_NEO4J_URI) return async () => {};
  const instance = embeddedInstance(testDatabaseEnv());
  const handedOver = existsSync(testDatabaseHandoverFile());
  rmSync(testDatabaseHandoverFile(), { force: true });
  if (embeddedStatus(instance).running && !handedOver) return async () => {};
  await startEmbedded(instance, { log: (line) => process.stderr.write(`${line}\n`) });
  return async () => {
    if (process.env.NEWSGRAPH_TEST_DB_HANDOVER === '1') writeFileSync(testDatabaseHandoverFile(), '');
    else await stopEmbedded(instance);
  };
}

/**
 * Stops the Neo4j a Vitest run handed over, if one did (nothing otherwise): `npm test` calls it when
 * Vitest fails, since the e2e tests that would take it over then never run.
 */
export async function stopHandedOverDatabase(): Promise<void> {
  if (!existsSync(testDatabaseHandoverFile())) return;
  rmSync(testDatabaseHandoverFile(), { force: true });
  await stopEmbedded(embeddedInstance(testDatabaseEnv()));
}

/** Deletes everything in the database (tests only). */
export async function emptyDatabase(db: GraphDatabase): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}

/** Deletes everything and drops every constraint and index: the database of a fresh store, without a restart (tests only). */
export async function emptyStore(db: GraphDatabase): Promise<void> {
  await emptyDatabase(db);
  const constraints = await db.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const { name } of constraints) await db.write(`DROP CONSTRAINT \`${name}\``);
  const indexes = await db.read<{ name: string }>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
  for (const { name } of indexes) await db.write(`DROP INDEX \`${name}\``);
}

/** Makes sure the sample corpus is loaded (idempotent: unchanged articles are skipped). */
export async function loadSampleCorpus(db: GraphDatabase): Promise<void> {
  // Imported here so that the global setup does not load the extractor.
  const { loadArticles } = await import('../graph-loader/src/load-articles.ts');
  await loadArticles(db, [dataPath('articles')]);
}

/** The first row a test query returns; fails the test when there is none. */
export async function firstRow<T>(db: GraphDatabase, cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const [row] = await db.read<T>(cypher, params);
  if (row === undefined) throw new Error(`test query returned no row: ${cypher}`);
  return row;
}

/** Takes articles a test loaded out of the database again (their facts and entities with them). */
export async function unloadArticles(db: GraphDatabase, articleIds: string[]): Promise<void> {
  const { removeArticles } = await import('../graph-loader/src/write/write-graph.ts');
  await removeArticles(db, articleIds);
}
