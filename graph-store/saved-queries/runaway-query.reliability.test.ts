/*
 * Runaway queries against the tests' embedded Neo4j (the launcher as users run it): a query that computes for hours
 * without touching the store ends within twice its time limit, is never run again, and Neo4j keeps
 * answering meanwhile; a query that fills the heap with values Neo4j does not track is stopped
 * before the heap runs out, and Neo4j stays up. See neo4j-launcher/neo4j.conf and RunawayQueryWatchdog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GraphDatabase } from '../db/graph-database.ts';
import { embeddedInstance, resolveNeo4jTarget } from '../db/neo4j-target.ts';
import { embeddedStatus, startEmbedded } from '../db/embedded-neo4j.ts';
import { testDatabaseEnv } from '../../testing/test-database.ts';
import { runCypher } from './run-query.ts';
import { QueryTimeoutError } from '#model/errors.ts';

const env = testDatabaseEnv();
const instance = embeddedInstance(env);
let db: GraphDatabase;

beforeAll(async () => {
  // The tests' own Neo4j (testing/global-setup.ts), the embedded launcher with its watchdog.
  await startEmbedded(instance);
  db = GraphDatabase.open(resolveNeo4jTarget(env));
});

afterAll(async () => {
  await db?.close();
});

/** Round trips of `RETURN 1` every 250 ms while `work` runs: the slowest answer, in milliseconds. */
async function slowestAnswerDuring(work: Promise<unknown>): Promise<number> {
  let slowest = 0;
  let done = false;
  const finished = work.finally(() => (done = true)).catch(() => {});
  while (!done) {
    const started = Date.now();
    await db.read('RETURN 1');
    slowest = Math.max(slowest, Date.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await finished;
  return slowest;
}

function watchdogLines(): string[] {
  return readFileSync(instance.logFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('newsgraph: stopping') || line.startsWith('newsgraph: the heap'));
}

describe('a runaway query', () => {
  it('should end within twice its time limit, once, while Neo4j keeps answering', async () => {
    const limitMs = 5_000;
    const before = watchdogLines().length;
    const started = Date.now();
    const run = runCypher(
      db,
      'RETURN reduce(s = "", x IN range(1, 10000000) | s + "aaaaaaaaaa") AS s',
      {},
      { limits: { timeoutMs: limitMs } },
    );
    const slowest = await slowestAnswerDuring(run);
    await expect(run).rejects.toBeInstanceOf(QueryTimeoutError);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(limitMs);
    expect(elapsed).toBeLessThan(2 * limitMs);
    expect(slowest).toBeLessThan(2_000);
    // Stopped once, and not sent again: no copy of it is running a few seconds later.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(watchdogLines().slice(before)).toEqual([
      expect.stringMatching(
        /^newsgraph: stopping a query still running \d+ ms after it was terminated .*reduce\(s = ""/,
      ),
    ]);
    const running = await db.write<{ n: number }>(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'RETURN reduce' RETURN count(*) AS n",
    );
    expect(running[0]!.n).toBe(0);
  });

  it('should be stopped before untracked values fill the heap, and Neo4j should stay up', async () => {
    const run = runCypher(
      db,
      'RETURN [x IN range(1, 200000000) | toString(x)] AS xs',
      {},
      { limits: { timeoutMs: 120_000 } },
    );
    await expect(run).rejects.toThrow(/too much memory|memory/);
    expect(embeddedStatus(instance).running).toBe(true);
    expect(await db.read<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    expect(watchdogLines().at(-1)).toMatch(
      /^newsgraph: the heap is over \d+% full after a collection; stopping the query that allocated the most: RETURN \[x IN range/,
    );
  });
});
