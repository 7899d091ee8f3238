/*
 * Neighbourhood API latency on the sample database: the real server (Fastify over HTTP on a free
 * port) and the tests' own Neo4j holding the sample corpus. Prints p50/p95/max for depth 1 and 2
 * over every entity, after a warm-up. Target: p95 <= 30 ms at depth 1.
 */
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { loadSampleCorpus, startTestDatabase, testTarget } from '../../testing/test-database.ts';
import { buildApp } from '../server/app.ts';

const TARGET_P95_MS = 30;
const ROUNDS = Number(process.env.BENCH_NEIGHBOURHOOD_ROUNDS ?? 10);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(base: string, paths: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`neighbourhood bench: ${path} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** Measures and prints neighbourhood latencies. */
export async function run(): Promise<void> {
  const stop = await startTestDatabase();
  const db = GraphDatabase.open(testTarget());
  const app = await buildApp({ db });
  try {
    await loadSampleCorpus(db);
    const keys = (
      await db.read<{ key: string }>('MATCH (e:Entity) RETURN e.id AS key ORDER BY e.mentionCount DESC')
    ).map((r) => r.key);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api`;
    const paths = (depth: number) =>
      keys.map((k) => `/nodes/${encodeURIComponent(k)}/neighbourhood?depth=${depth}&limit=25`);
    await measure(base, [...paths(1), ...paths(2), ...paths(1)]); // Warm-up: plans cached, JIT warm.
    for (const depth of [1, 2]) {
      const all: number[] = [];
      for (let r = 0; r < ROUNDS; r++) all.push(...(await measure(base, paths(depth))));
      all.sort((a, b) => a - b);
      const p95 = percentile(all, 95);
      const verdict =
        depth === 1
          ? p95 <= TARGET_P95_MS
            ? ` (target <= ${TARGET_P95_MS} ms: met)`
            : ` (target <= ${TARGET_P95_MS} ms: MISSED)`
          : '';
      process.stdout.write(
        `neighbourhood depth ${depth}, ${keys.length} entities x ${ROUNDS}: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${all[all.length - 1]!.toFixed(1)} ms${verdict}\n`,
      );
    }
  } finally {
    await app.close();
    await db.close();
    await stop();
  }
}
