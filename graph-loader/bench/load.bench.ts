/*
 * Loader benchmark: loads a generated corpus into a scratch Neo4j (instance "bench", its own store)
 * and prints articles/s and KB/s for a first load, and for a second load of the same corpus (all
 * unchanged, which should cost a small fraction of the first).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { embeddedInstance, resolveNeo4jTarget } from '../../graph-store/db/neo4j-target.ts';
import { resetEmbedded, startEmbedded, stopEmbedded } from '../../graph-store/db/embedded-neo4j.ts';
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { loadArticles } from '../src/load-articles.ts';
import { dataPath } from '../src/paths.ts';

const ARTICLES = Number(process.env.BENCH_LOAD_ARTICLES ?? 300);

/** Writes `count` articles made by shuffling the sample corpus's paragraphs (deterministically). */
function generateCorpus(folder: string, count: number): number {
  const paragraphs = readdirSync(dataPath('articles'))
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(dataPath('articles', name), 'utf8').split(/\n+/).filter((p) => p.trim().length > 40));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const picked = Array.from({ length: 8 }, (_, k) => paragraphs[(i * 7 + k * 13) % paragraphs.length]!);
    const text = `Title: Generated article ${i}\nDate: 2024-0${(i % 9) + 1}-1${i % 10}\n\n${picked.join('\n\n')}\n\nGenerated article number ${i}.`;
    writeFileSync(path.join(folder, `article-${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

export async function run(): Promise<void> {
  const env = { NEWSGRAPH_INSTANCE: 'bench', NEWSGRAPH_BOLT_PORT: process.env.NEWSGRAPH_BENCH_PORT ?? '7696' };
  const instance = embeddedInstance(env);
  const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-load-'));
  const bytes = generateCorpus(folder, ARTICLES);
  await resetEmbedded(instance);
  await startEmbedded(instance);
  const db = GraphDatabase.open(resolveNeo4jTarget(env));
  try {
    const t0 = performance.now();
    const first = await loadArticles(db, [folder]);
    const firstMs = performance.now() - t0;
    const t1 = performance.now();
    const second = await loadArticles(db, [folder]);
    const secondMs = performance.now() - t1;
    const kb = bytes / 1024;
    console.log(`load: ${ARTICLES} articles, ${kb.toFixed(0)} KB`);
    console.log(`load: first load ${(firstMs / 1000).toFixed(2)} s = ${((ARTICLES / firstMs) * 1000).toFixed(1)} articles/s, ${((kb / firstMs) * 1000).toFixed(1)} KB/s (${first.loaded} loaded)`);
    console.log(`load: reload ${(secondMs / 1000).toFixed(2)} s = ${((ARTICLES / secondMs) * 1000).toFixed(1)} articles/s (${second.unchanged} unchanged); reload/first = ${(secondMs / firstMs).toFixed(2)}`);
  } finally {
    await db.close();
    await stopEmbedded(instance);
    rmSync(folder, { recursive: true, force: true });
  }
}
