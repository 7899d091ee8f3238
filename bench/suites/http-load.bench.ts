/*
 * HTTP load (`npm run bench -- http-load`): the real server (Fastify over HTTP, with its access checks
 * and security headers) on a Neo4j of the bench's own, under 100 connections for 30 s per endpoint
 * (BENCH_HTTP_CONNECTIONS, BENCH_HTTP_SECONDS), from a separate process (bench/lib/http-load-runner.ts).
 * Search and neighbourhoods (depth 1) on the sample corpus and on a generated news corpus
 * (BENCH_HTTP_ARTICLES articles, bench/generate/news-corpus.ts): requests/s, p50, p99 and errors, each
 * beside a trivial endpoint's rate in the same run (GET /api/session, no Neo4j) so noisy machines
 * compare. Then a fault on the sample: Neo4j stopped during a search run and started again; the run
 * shows fast 503s while it is down and 200s once it is back, with no restart of the server.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchDefinition } from '../lib/bench.ts';
import type { Recorder } from '../lib/report.ts';
import { openBenchNeo4j, type BenchNeo4j } from '../lib/bench-neo4j.ts';
import type { LoadRunConfig, LoadRunResult } from '../lib/http-load-runner.ts';
import { writeCorpus } from '../generate/news-corpus.ts';
import { embeddedInstance } from '../../graph-store/db/neo4j-target.ts';
import { startEmbedded, stopEmbedded } from '../../graph-store/db/embedded-neo4j.ts';
import { loadArticles } from '../../graph-loader/src/load-articles.ts';
import { dataPath } from '../../graph-store/paths.ts';
import { buildApp } from '../../web/server/app.ts';
import { portOpen } from '../../web/server/db-guard.ts';

const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 30);
const ARTICLES = Number(process.env.BENCH_HTTP_ARTICLES ?? 1000);
const PORT = Number(process.env.NEWSGRAPH_BENCH_PORT ?? 7734);
/** The baseline on this machine (req/s, 100 connections); the targets are three times it. */
const BASELINE = { search: 280, neighbourhood: 95 };
const runner = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'http-load-runner.ts');

/** Starts the load generator in a child process; `stop` ends it early (it still reports). */
function startLoad(
  base: string,
  paths: string[],
  seconds = SECONDS,
): { result: Promise<LoadRunResult>; stop: () => void } {
  const config: LoadRunConfig = { base, paths, connections: CONNECTIONS, seconds };
  const child = spawn(process.execPath, ['--import', 'tsx', runner], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify(config));
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const result = new Promise<LoadRunResult>((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as LoadRunResult)
        : reject(new Error(`http-load: the load generator exited ${code}`)),
    ),
  );
  return { result, stop: () => child.kill('SIGINT') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failures = (r: LoadRunResult): number => r.errors + r.timeouts + r.non2xx;

/** The search and neighbourhood paths of the graph's entities, most mentioned first. */
async function endpointPaths(
  neo4j: BenchNeo4j,
): Promise<{ search: string[]; neighbourhood: string[]; entities: number }> {
  const entities = await neo4j.db.read<{ key: string; name: string }>(
    'MATCH (e:Entity) RETURN e.id AS key, e.name AS name ORDER BY e.mentionCount DESC, e.id LIMIT 2000',
  );
  return {
    entities: entities.length,
    // The first half of each name (3 letters at least): what a person types before picking a suggestion.
    search: entities.map(
      (e) => `/api/search?q=${encodeURIComponent(e.name.slice(0, Math.max(3, Math.ceil(e.name.length / 2))))}&limit=8`,
    ),
    neighbourhood: entities.map((e) => `/api/nodes/${encodeURIComponent(e.key)}/neighbourhood?depth=1&limit=25`),
  };
}

/** Measures search and neighbourhood on the graph `neo4j` holds now, each after a trivial-endpoint run. */
async function measureGraph(recorder: Recorder, graph: string, base: string, neo4j: BenchNeo4j): Promise<void> {
  const paths = await endpointPaths(neo4j);
  recorder.note(`${graph}: ${paths.entities} entities; ${CONNECTIONS} connections, ${SECONDS} s per run`);
  await startLoad(base, [...paths.search, ...paths.neighbourhood], 5).result; // Warm-up: plans cached, JIT warm.
  for (const endpoint of ['search', 'neighbourhood'] as const) {
    const trivial = await startLoad(base, ['/api/session']).result;
    const measured = await startLoad(base, paths[endpoint]).result;
    const name = `${graph}: ${endpoint}`;
    recorder.add(`${name}`, 'req/s', measured.requestsPerSecond, {
      target: { op: '>=', value: 3 * BASELINE[endpoint] },
    });
    recorder.add(`${name} p50`, 'ms', measured.p50);
    recorder.add(`${name} p99`, 'ms', measured.p99);
    recorder.add(`${name} errors`, 'count', failures(measured), { target: { op: '<=', value: 0 } });
    recorder.add(`${name}: trivial endpoint in the same run`, 'req/s', trivial.requestsPerSecond);
    recorder.add(`${name} ÷ trivial endpoint`, 'ratio', measured.requestsPerSecond / trivial.requestsPerSecond);
    if (failures(trivial) > 0) recorder.note(`${name}: the trivial endpoint had ${failures(trivial)} errors`);
  }
}

/** The answers of the seconds from `from` to `to` (s since the run's start): count by status, and the slowest. */
function phase(
  result: LoadRunResult,
  from: number,
  to: number,
): { statuses: Record<string, number>; slowestMs: number } {
  const slots = result.timeline.filter((s) => s.second >= Math.floor(from) && s.second < Math.floor(to));
  const statuses: Record<string, number> = {};
  for (const slot of slots)
    for (const [code, n] of Object.entries(slot.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  return { statuses, slowestMs: Math.round(Math.max(0, ...slots.map((s) => s.slowestMs))) };
}

const notStatus = (statuses: Record<string, number>, code: string): number =>
  Object.entries(statuses).reduce((n, [c, count]) => n + (c === code ? 0 : count), 0);

/**
 * Stops Neo4j (cleanly) 5 s into a search run and starts it again 5 s after it stopped; the run goes
 * on 10 s after Neo4j answers again. Watches the Bolt port meanwhile, and records what the clients
 * saw in each phase: Neo4j shutting down, its port closed (down), starting (port open, not yet
 * answering), and back.
 */
async function outage(recorder: Recorder, base: string, paths: string[]): Promise<void> {
  const instance = embeddedInstance({ NEWSGRAPH_INSTANCE: 'http-load', NEWSGRAPH_BOLT_PORT: String(PORT) });
  const started = Date.now();
  const since = (): number => (Date.now() - started) / 1000;
  const port = { closedAt: Infinity, openedAt: Infinity };
  let watching = true;
  const watch = (async () => {
    while (watching) {
      const open = await portOpen('127.0.0.1', PORT, 200);
      if (!open && port.closedAt === Infinity) port.closedAt = since();
      if (open && port.closedAt !== Infinity && port.openedAt === Infinity) port.openedAt = since();
      await sleep(100);
    }
  })();
  const run = startLoad(base, paths, 600);
  await sleep(5_000);
  const stopping = since();
  await stopEmbedded(instance);
  await sleep(5_000);
  await startEmbedded(instance);
  const up = since();
  await sleep(10_000);
  run.stop();
  watching = false;
  await watch;
  const result = await run.result;
  const phases = {
    'shutting down': phase(result, stopping, port.closedAt),
    'port closed': phase(result, port.closedAt + 1, port.openedAt),
    starting: phase(result, port.openedAt, up),
    back: phase(result, up + 2, since()),
  };
  recorder.note(
    `outage: stop asked at ${stopping.toFixed(1)} s, port closed at ${port.closedAt.toFixed(1)} s, open again at ${port.openedAt.toFixed(1)} s, answering at ${up.toFixed(1)} s`,
  );
  for (const [name, p] of Object.entries(phases))
    recorder.note(`outage: ${name}: answers by status ${JSON.stringify(p.statuses)}, slowest ${p.slowestMs} ms`);
  const down = phases['port closed'];
  recorder.add('outage: answers while the port is closed that are 503', 'count', down.statuses['503'] ?? 0);
  recorder.add('outage: answers while the port is closed that are not 503', 'count', notStatus(down.statuses, '503'), {
    target: { op: '<=', value: 0 },
  });
  recorder.add('outage: slowest answer while the port is closed', 'ms', down.slowestMs, {
    target: { op: '<=', value: 2000 },
  });
  recorder.add('outage: slowest answer while Neo4j starts', 'ms', phases.starting.slowestMs);
  recorder.add('outage: answers from 2 s after it is back that are 200', 'count', phases.back.statuses['200'] ?? 0);
  recorder.add(
    'outage: answers from 2 s after it is back that are not 200',
    'count',
    notStatus(phases.back.statuses, '200'),
    { target: { op: '<=', value: 0 } },
  );
  recorder.add('outage: connection errors and timeouts, whole run', 'count', result.errors + result.timeouts);
}

export const bench: BenchDefinition = {
  name: 'http-load',
  title: `search and neighbourhood under ${CONNECTIONS} connections (sample and ${ARTICLES} generated articles), and a Neo4j outage`,
  async run(recorder) {
    const neo4j = await openBenchNeo4j('http-load', PORT);
    const app = await buildApp({ db: neo4j.db });
    const corpus = mkdtempSync(path.join(tmpdir(), 'newsgraph-http-load-'));
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      await loadArticles(neo4j.db, [dataPath('articles')]);
      await measureGraph(recorder, 'sample', base, neo4j);
      await outage(recorder, base, (await endpointPaths(neo4j)).search);
      await neo4j.db.write('MATCH (n) DETACH DELETE n');
      writeCorpus(corpus, ARTICLES);
      const started = performance.now();
      const loaded = await loadArticles(neo4j.db, [corpus]);
      recorder.note(
        `generated: ${loaded.loaded} articles loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
      await measureGraph(recorder, `generated ${ARTICLES}`, base, neo4j);
    } finally {
      await app.close();
      await neo4j.close();
      rmSync(corpus, { recursive: true, force: true });
    }
  },
};
