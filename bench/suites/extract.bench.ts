/*
 * Extraction throughput and its scaling over worker threads: 1,000 generated articles (read, normalised
 * and split once, not timed), then extract + resolve timed in this thread, and over pools of 1 and 2
 * workers (pool start-up and knowledge loading excluded). KB of article text per second; the ratio of
 * 2 workers to 1 is the scaling from one core to two.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCount, type BenchDefinition } from '../lib/bench.ts';
import { writeCorpus } from '../generate/news-corpus.ts';
import { extractDocument, extractDocumentInPool, prepareArticles } from '../../graph-loader/src/pipeline.ts';
import { ExtractPool } from '../../graph-loader/src/parallel/extract-pool.ts';
import type { SplitArticle } from '../../graph-loader/src/contract.ts';

const ARTICLES = Number(process.env.BENCH_EXTRACT_ARTICLES ?? 1000);

async function splitCorpus(): Promise<SplitArticle[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-extract-'));
  try {
    writeCorpus(folder, ARTICLES, 23);
    const articles: SplitArticle[] = [];
    for await (const batch of prepareArticles([folder])) articles.push(...batch.articles);
    return articles;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

export const bench: BenchDefinition = {
  name: 'extract',
  title: `Extraction of ${ARTICLES} generated articles: one thread, and over 1 and 2 worker threads`,
  async run(recorder) {
    const articles = await splitCorpus();
    const kb = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1024;
    recorder.note(`${articles.length} articles, ${kb.toFixed(0)} KB of normalised text`);
    const pools = { 1: ExtractPool.create(1), 2: ExtractPool.create(2) };
    try {
      // Warm-up: knowledge loaded and code compiled everywhere.
      extractDocument(articles.slice(0, 50));
      await extractDocumentInPool(pools[1], articles.slice(0, 50));
      await extractDocumentInPool(pools[2], articles.slice(0, 100));
      for (let run = 0; run < runCount(3); run++) {
        const single = await timed(() => extractDocument(articles));
        const one = await timed(() => extractDocumentInPool(pools[1], articles));
        const two = await timed(() => extractDocumentInPool(pools[2], articles));
        recorder.add('extract + resolve, this thread', 'KB/s', kb / single, { target: { op: '>=', value: 200 } });
        recorder.add('extract + resolve, 1 worker', 'KB/s', kb / one);
        recorder.add('extract + resolve, 2 workers', 'KB/s', kb / two);
        recorder.add('articles extracted per second, 2 workers', 'articles/s', articles.length / two);
        recorder.add('scaling 1 -> 2 workers (time 1 ÷ time 2)', 'ratio', one / two);
      }
    } finally {
      await Promise.all([pools[1].close(), pools[2].close()]);
    }
  },
};
