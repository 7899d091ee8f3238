/*
 * Neo4j stopped while the server runs, for real: the tests' own Neo4j is stopped under a running app
 * (its Bolt port really closed, the driver's connections really lost). The API answers 503 within 2 s
 * with a clear message, `newsgraph db status` exits non-zero, while Neo4j starts again it answers 200
 * or 503 within 10 s (never a 500 or a hang), and once Neo4j is up the same app answers 200 with no restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { embeddedInstance } from '../../graph-store/db/neo4j-target.ts';
import { startEmbedded, stopEmbedded } from '../../graph-store/db/embedded-neo4j.ts';
import { loadSampleCorpus, testDatabaseEnv, testTarget } from '../../testing/test-database.ts';
import { runCli } from '../../testing/run-cli.ts';
import { buildApp } from './app.ts';

const env = testDatabaseEnv();
const instance = embeddedInstance(env);
let db: GraphDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = GraphDatabase.open(testTarget());
  await loadSampleCorpus(db);
  app = await buildApp({ db });
});

afterAll(async () => {
  await startEmbedded(instance); // The next test file expects it running, whatever happened here.
  await app?.close();
  await db?.close();
});

/** Asks the app for `url` and returns the status, the body and how long the answer took (ms). */
async function timed(url: string): Promise<{ status: number; body: { error?: string; message?: string }; ms: number }> {
  const started = performance.now();
  const response = await app.inject({ url, headers: { host: '127.0.0.1:5173' } });
  return { status: response.statusCode, body: response.json(), ms: performance.now() - started };
}

describe('Neo4j stopped while the server runs', () => {
  it(
    'should answer 503 within 2 s with a clear message, say so in db status, and recover by itself',
    { timeout: 240_000 },
    async () => {
      const before = await timed('/api/search?q=russia');
      expect(before.status).toBe(200);
      await stopEmbedded(instance);

      for (const url of [
        '/api/search?q=russia',
        '/api/nodes/state%3Aru/neighbourhood?depth=1',
        '/api/stats',
        '/api/health',
      ]) {
        const down = await timed(url);
        expect(down.status, url).toBe(503);
        expect(down.ms, url).toBeLessThan(2_000);
        expect(down.body.error, url).toBe('DatabaseUnavailable');
        expect(down.body.message, url).toMatch(/Neo4j is not reachable/);
      }
      const status = runCli(['db', 'status'], env);
      expect(status.status).toBe(2);
      expect(status.stdout).toMatch(/^not running/);

      // While Neo4j starts (its port may open before its database is up), every answer is a 200 or a
      // 503, never a 500 or a hang. A 503 then comes after the driver's 3 s of retries, and a first 200
      // from a cold Neo4j may take seconds on a busy machine: both stay well inside 10 s.
      const starting = startEmbedded(instance);
      let started = false;
      void starting.then(() => (started = true));
      const whileStarting: { status: number; error?: string; ms: number }[] = [];
      while (!started) {
        const answer = await timed('/api/search?q=russia');
        whileStarting.push({ status: answer.status, error: answer.body.error, ms: answer.ms });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await starting;
      for (const answer of whileStarting) {
        if (answer.status !== 200) expect(answer).toMatchObject({ status: 503, error: 'DatabaseUnavailable' });
        expect(answer.ms, `a ${answer.status} while Neo4j started`).toBeLessThan(10_000);
      }
      // The same app, never restarted: the guard's next check passes and the driver reconnects.
      let after = await timed('/api/search?q=russia');
      for (let tries = 0; after.status !== 200 && tries < 20; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        after = await timed('/api/search?q=russia');
      }
      expect(after.status).toBe(200);
      expect(after.body).toEqual(before.body);
      expect((await timed('/api/health')).status).toBe(200);
      expect(runCli(['db', 'status'], env).status).toBe(0);
    },
  );
});
