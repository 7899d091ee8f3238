/*
 * Loading generated news into Neo4j, end to end (read, normalise, split, extract over the worker pool,
 * resolve, write) with `newsgraph load` in a process of its own, as a user runs it: articles/s and that
 * process's peak RSS for 1k, 10k and 100k articles (each into an empty store),
 * and the growth from 10k to 100k. Then the writes alone, on the statements the writer sent for the
 * first BENCH_WRITE_ARTICLES articles, replayed on an empty store: as the writer sends them (batched
 * MERGE), one row per statement (per-row MERGE), and as raw `UNWIND $rows CREATE` of the same rows.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import { runCount, type BenchDefinition } from '../lib/bench.ts';
import type { Recorder } from '../lib/report.ts';
import { openBenchNeo4j, type BenchNeo4j } from '../lib/bench-neo4j.ts';
import { writeCorpus } from '../generate/news-corpus.ts';
import { loadArticles } from '../../graph-loader/src/load-articles.ts';
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';

const SIZES = (process.env.BENCH_LOAD_SIZES ?? '1000,10000,100000').split(',').map(Number);
const BATCH = Number(process.env.BENCH_LOAD_BATCH ?? 100);
const WRITE_ARTICLES = Number(process.env.BENCH_WRITE_ARTICLES ?? 500);
const CLI = path.join(import.meta.dirname, '../../cli/bin/newsgraph.js');

interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** A view of `db` whose write transactions record every statement (and time spent in them). */
function recording(db: GraphDatabase, into: Statement[][], timing: { ms: number }): GraphDatabase {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'executeWrite') return Reflect.get(target, prop, receiver) as unknown;
      return async <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
        const started = performance.now();
        try {
          return await target.executeWrite((tx) => {
            const batch: Statement[] = [];
            into.push(batch);
            const run = (cypher: string, params: Record<string, unknown> = {}) => {
              batch.push({ cypher, params });
              return tx.run(cypher, params);
            };
            return work(new Proxy(tx, { get: (t, p, r) => (p === 'run' ? run : (Reflect.get(t, p, r) as unknown)) }));
          });
        } finally {
          timing.ms += performance.now() - started;
        }
      };
    },
  });
}

/** The peak RSS (VmHWM) of process `pid` so far, in MB, or null once it has gone. */
function peakRssMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/**
 * `newsgraph load <folder>` as a user runs it, in a process of its own on the bench's Neo4j: its
 * wall time, its peak RSS (main thread and extraction workers; sampled every 100 ms, the kernel's
 * high-water mark, so nothing between samples is missed) and its summary line.
 */
async function loadWithCli(
  folder: string,
  port: number,
): Promise<{ seconds: number; peakMb: number; summary: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'load', folder, '--batch-size', String(BATCH)], {
    env: { ...process.env, NEWSGRAPH_INSTANCE: 'bench-load', NEWSGRAPH_BOLT_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let peakMb = 0;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, peakRssMb(child.pid!) ?? 0)), 100);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4096)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const summary = /^articles: .*$/m.exec(output)?.[0] ?? '';
  if (code !== 0) throw new Error(`newsgraph load exited with ${code}: ${output.trim().split('\n').at(-1)}`);
  return { seconds, peakMb, summary };
}

async function loadSize(neo4j: BenchNeo4j, recorder: Recorder, count: number): Promise<number> {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-load-'));
  try {
    writeCorpus(folder, count, 11);
    await neo4j.reset();
    const { seconds, peakMb: peak, summary } = await loadWithCli(folder, neo4j.port);
    if (!summary.startsWith(`articles: ${count} loaded`)) recorder.note(`${count}: ${summary}`);
    const label = count >= 1000 ? `${count / 1000}k` : String(count);
    recorder.add(`load ${label} articles`, 's', seconds);
    recorder.add(
      `load ${label} articles, rate`,
      'articles/s',
      count / seconds,
      count === 10_000 ? { target: { op: '>=', value: 150 } } : {},
    );
    recorder.add(`peak RSS loading ${label}`, 'MB', peak, count === 10_000 ? { target: { op: '<=', value: 500 } } : {});
    process.stdout.write(
      `  ${label}: ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(1)} articles/s, peak RSS ${peak.toFixed(0)} MB\n`,
    );
    return seconds;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Rows of a statement as flat property maps (lists of maps become JSON text), for the raw CREATE. */
function flatRows(params: Record<string, unknown>): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const value of Object.values(params)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (item === null || typeof item !== 'object') rows.push({ value: item });
      else
        rows.push(
          Object.fromEntries(
            Object.entries(item as Record<string, unknown>)
              .filter(([, v]) => v !== null)
              .map(([k, v]) => [k, Array.isArray(v) && v.some((x) => typeof x === 'object') ? JSON.stringify(v) : v]),
          ),
        );
    }
  }
  return rows;
}

async function timedReplay(
  db: GraphDatabase,
  batches: Statement[][],
  each: (tx: ManagedTransaction, s: Statement) => Promise<void>,
) {
  const started = performance.now();
  for (const batch of batches)
    await db.executeWrite(async (tx) => {
      for (const statement of batch) await each(tx, statement);
    });
  return (performance.now() - started) / 1000;
}

async function writeComparisons(neo4j: BenchNeo4j, recorder: Recorder): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-writes-'));
  try {
    writeCorpus(folder, WRITE_ARTICLES, 11);
    await neo4j.reset();
    const batches: Statement[][] = [];
    await loadArticles(recording(neo4j.db, batches, { ms: 0 }), [folder], { batchSize: BATCH });
    const rowCount = batches.flat().reduce((n, s) => n + flatRows(s.params).length, 0);
    recorder.note(
      `writes: ${WRITE_ARTICLES} articles = ${batches.length} transactions, ${batches.flat().length} statements, ${rowCount} rows`,
    );
    for (let run = 0; run < runCount(3); run++) {
      await neo4j.reset();
      await loadArticles(neo4j.db, [], {}); // The schema, as a load applies it.
      const batched = await timedReplay(neo4j.db, batches, async (tx, s) => void (await tx.run(s.cypher, s.params)));
      await neo4j.reset();
      const raw = await timedReplay(neo4j.db, batches, async (tx, s) => {
        const rows = flatRows(s.params);
        if (rows.length > 0) await tx.run('UNWIND $rows AS row CREATE (n:RawRow) SET n = row', { rows });
      });
      await neo4j.reset();
      await loadArticles(neo4j.db, [], {});
      const perRow = await timedReplay(neo4j.db, batches, async (tx, s) => {
        if (!Array.isArray(s.params.rows)) return void (await tx.run(s.cypher, s.params));
        for (const row of s.params.rows) await tx.run(s.cypher, { ...s.params, rows: [row] });
      });
      recorder.add('writes: batched MERGE (the writer)', 'rows/s', rowCount / batched);
      recorder.add('writes: raw UNWIND CREATE of the same rows', 'rows/s', rowCount / raw);
      recorder.add('writes: batched MERGE ÷ raw CREATE (speed)', 'ratio', raw / batched, {
        target: { op: '>=', value: 0.5 },
      });
      recorder.add('writes: speed-up over per-row MERGE', 'ratio', perRow / batched);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const bench: BenchDefinition = {
  name: 'load',
  title: `Loading ${SIZES.join(' / ')} generated articles end to end, batches of ${BATCH}; writes vs raw CREATE and per-row MERGE`,
  async run(recorder) {
    const neo4j = await openBenchNeo4j('bench-load');
    try {
      const times = new Map<number, number>();
      for (const size of SIZES) times.set(size, await loadSize(neo4j, recorder, size));
      if (times.has(10_000) && times.has(100_000))
        recorder.add('time 100k ÷ time 10k', 'ratio', times.get(100_000)! / times.get(10_000)!, {
          target: { op: '<=', value: 11 },
        });
      if (times.has(1000) && times.has(10_000))
        recorder.add('time 10k ÷ time 1k', 'ratio', times.get(10_000)! / times.get(1000)!);
      if (WRITE_ARTICLES > 0) await writeComparisons(neo4j, recorder);
      recorder.note(
        `Neo4j 5.26 embedded, heap ${process.env.NEWSGRAPH_NEO4J_HEAP ?? '1g'}, page cache 256 MB; extraction workers: ${process.env.NEWSGRAPH_WORKERS ?? 'one per core but one'}`,
      );
    } finally {
      await neo4j.close();
    }
  },
};
