/*
 * Crash-safe, exactly-once loading, against the tests' embedded Neo4j (the launcher as users run it),
 * which these tests empty, kill and restart, leaving it empty. A 1,000-article load killed with
 * SIGKILL at 10 random points, and once more by killing Neo4j (reported within 5 s, then
 * restarted), then run again, ends with the graph of a clean load (same counts, same content
 * checksum); two loads of overlapping corpora at once, on an empty database with no schema, both
 * succeed with nothing doubled and each article counted once.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { embeddedInstance, resolveNeo4jTarget } from '../../graph-store/db/neo4j-target.ts';
import { embeddedStatus, startEmbedded } from '../../graph-store/db/embedded-neo4j.ts';
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { graphChecksum, type GraphChecksum } from '../../graph-store/db/graph-checksum.ts';
import { emptyDatabase, emptyStore, testDatabaseEnv, unloadArticles } from '../../testing/test-database.ts';
import { seededRandom, writeNewsCorpus } from '../../testing/news-corpus.ts';
import { runCli, startCli, type RunningCli } from '../../testing/run-cli.ts';
import { loadArticles } from './load-articles.ts';

const env = testDatabaseEnv();
const instance = embeddedInstance(env);
const ARTICLES = 1_000;
/** The two overlapping loads together load the first 350 articles (a whole number of 25-article batches). */
const OVERLAP_UNION = 350;
let db: GraphDatabase;
let corpus: string;
let clean: GraphChecksum;
/** The clean load's graph after its first OVERLAP_UNION articles. */
let cleanUnion: GraphChecksum;

/**
 * The corpus files numbered from `from` up to `to` (excluded), in the order a load takes them. Every
 * load here names its files, since an article's `file` is its path from what the load was given.
 */
function files(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, i) =>
    path.join(corpus, `report-${String(from + i).padStart(5, '0')}.txt`),
  );
}
/** Loads still running when a test ends early are killed, so they never disturb the next test. */
const running = new Set<RunningCli>();

function startLoad(args: string[], extraEnv: Record<string, string> = {}): RunningCli {
  const load = startCli(['load', ...args], { ...env, ...extraEnv });
  running.add(load);
  void load.ended.then(() => running.delete(load));
  return load;
}

/** How many articles the graph holds now. */
async function articleCount(): Promise<number> {
  const [row] = await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  return row!.n;
}

/** Calls `act` once the graph holds `count` articles (checking every 150 ms) while `until` is pending. */
async function whenArticles(count: number, until: Promise<unknown>, act: () => void): Promise<void> {
  let ended = false;
  void until.finally(() => (ended = true));
  while (!ended) {
    if ((await articleCount().catch(() => 0)) >= count) {
      act();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * However fast the earlier loads went, leaves the next one enough to do before its kill point: when
 * fewer than 150 articles are still to load, takes the last 200 loaded out of the graph again. Files
 * load in name order, so what stays is what a load killed 200 articles earlier would have left.
 */
async function leaveWorkToDo(): Promise<void> {
  if (ARTICLES - (await articleCount()) >= 150) return;
  const rows = await db.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY a.file DESC');
  await unloadArticles(
    db,
    rows.slice(0, 200).map((r) => r.id),
  );
}

/** Articles whose sentences are not all there: what a half-written batch would leave. */
async function halfWrittenArticles(): Promise<number> {
  const [row] = await db.read<{ n: number }>(
    `MATCH (a:Article) WHERE a.sentenceCount IS NULL OR COUNT { (a)-[:HAS_SENTENCE]->() } <> a.sentenceCount RETURN count(a) AS n`,
  );
  return row!.n;
}

beforeAll(async () => {
  await startEmbedded(instance);
  db = GraphDatabase.open(resolveNeo4jTarget(env));
  await emptyDatabase(db);
  corpus = mkdtempSync(path.join(tmpdir(), 'newsgraph-crash-'));
  writeNewsCorpus(corpus, ARTICLES, { seed: 14 });
  // In two runs split at a batch boundary: the same writes as one clean load of the whole corpus.
  expect(await loadArticles(db, files(0, OVERLAP_UNION))).toMatchObject({ loaded: OVERLAP_UNION, failed: 0 });
  cleanUnion = await graphChecksum(db);
  const rest = await loadArticles(db, files(0, ARTICLES));
  expect(rest).toMatchObject({ loaded: ARTICLES - OVERLAP_UNION, unchanged: OVERLAP_UNION, failed: 0 });
  clean = await graphChecksum(db);
  expect(clean.nodes).toBeGreaterThan(ARTICLES * 5);
}, 900_000);

afterEach(() => {
  for (const load of running) load.child.kill('SIGKILL');
});

afterAll(async () => {
  await emptyDatabase(db).catch(() => {});
  await db?.close();
  rmSync(corpus, { recursive: true, force: true });
});

describe('newsgraph stats --checksum', () => {
  it('should print the counts and the checksum of the content, the same on every call', () => {
    const first = runCli(['stats', '--checksum', '--json'], env);
    expect(first.status).toBe(0);
    const parsed = JSON.parse(first.stdout) as { checksum: GraphChecksum; nodes: Record<string, number> };
    expect(parsed.checksum).toEqual(clean);
    expect(parsed.nodes.Article).toBe(ARTICLES);
    expect(runCli(['stats', '--checksum'], env).stdout).toContain(
      `Checksum ${clean.hash} (${clean.nodes} nodes, ${clean.relationships} relationships)`,
    );
  });
});

describe('a load killed at random points, and Neo4j killed during a load', () => {
  it(
    'should end, once rerun, with the graph of a clean load, never leaving an article half written',
    { timeout: 900_000 },
    async () => {
      await emptyDatabase(db);
      const random = seededRandom(2024);
      for (let kill = 0; kill < 10; kill++) {
        // SIGKILL the loader once 1 to 50 more articles are in (up to 2 batches of 25), after a further random delay.
        await leaveWorkToDo();
        const before = await articleCount();
        // Extracting in the loader's own thread (a setting users have): a run killed after a few batches
        // does not start an extraction worker, which would import the extractor a second time.
        const load = startLoad(files(0, ARTICLES), { NEWSGRAPH_WORKERS: '0' });
        await whenArticles(before + 1 + Math.floor(random() * 50), load.ended, () =>
          setTimeout(() => load.child.kill('SIGKILL'), Math.floor(random() * 1_000)),
        );
        const run = await load.ended;
        expect(run.signal, `load ${kill} should have been killed: ${run.stdout}`).toBe('SIGKILL');
        expect(await halfWrittenArticles()).toBe(0);
      }
      {
        // SIGKILL Neo4j once 50 more articles are in: the loader says so in one line within 5 s.
        await leaveWorkToDo();
        let killedAt = 0;
        const load = startLoad(files(0, ARTICLES));
        await whenArticles((await articleCount()) + 50, load.ended, () => {
          killedAt = Date.now();
          process.kill(embeddedStatus(instance).pid!, 'SIGKILL');
        });
        const run = await load.ended;
        expect(killedAt, 'Neo4j should have been killed during the load').toBeGreaterThan(0);
        expect(Date.now() - killedAt).toBeLessThan(5_000);
        expect(run.status).toBe(2);
        const lines = run.stderr.split('\n').filter((line) => line.startsWith('newsgraph:'));
        expect(lines).toEqual([
          expect.stringMatching(/^newsgraph: Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:\d+ /),
        ]);
        await startEmbedded(instance);
        expect(await halfWrittenArticles()).toBe(0);
      }
      expect(await articleCount()).toBeLessThan(ARTICLES);
      const last = runCli(['load', ...files(0, ARTICLES)], env, 600_000);
      expect(last.status, last.stderr).toBe(0);
      expect(await graphChecksum(db)).toEqual(clean);
    },
  );
});

describe('two loads of overlapping corpora at once, on an empty database with no schema', () => {
  it(
    'should both succeed, double nothing, and count each article once between them',
    { timeout: 900_000 },
    async () => {
      // Both loaders create the schema, as on a fresh store.
      await emptyStore(db);
      // 0–199 and 150–349: 50 articles in both.
      const [a, b] = await Promise.all([startLoad(files(0, 200)).ended, startLoad(files(150, OVERLAP_UNION)).ended]);
      for (const run of [a, b]) expect(run.status, run.stderr).toBe(0);
      const counts = [a, b].map((run) => {
        const match = /articles: (\d+) loaded, (\d+) replaced, (\d+) unchanged, (\d+) failed/.exec(run.stdout)!;
        return { loaded: Number(match[1]), unchanged: Number(match[3]) };
      });
      expect(counts[0]!.loaded + counts[0]!.unchanged).toBe(200);
      expect(counts[1]!.loaded + counts[1]!.unchanged).toBe(200);
      expect(counts[0]!.loaded + counts[1]!.loaded).toBe(OVERLAP_UNION);
      const [duplicates] = await db.read<{ nodes: number; relationships: number }>(
        `CALL { MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS nodes }
       CALL { MATCH (x)-[r]->(y) WITH x, y, type(r) AS type, r.start AS start, r.role AS role, count(*) AS c WHERE c > 1 RETURN count(*) AS relationships }
       RETURN nodes, relationships`,
      );
      expect(duplicates).toEqual({ nodes: 0, relationships: 0 });
      const checksum = await graphChecksum(db);
      expect([checksum.nodes, checksum.relationships]).toEqual([cleanUnion.nodes, cleanUnion.relationships]);
    },
  );
});
