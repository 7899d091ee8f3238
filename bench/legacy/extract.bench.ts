/*
 * Extraction throughput: builds a ~2 MB corpus by recombining the paragraphs of the sample articles and
 * the development set (data/dev/articles) in
 * shifted orders (so no two generated articles are identical), then times extract + resolve
 * (knowledge loading excluded, sentence splitting included) and prints KB of article text per second.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadavg } from 'node:os';
import type { SplitArticle } from '../../graph-loader/src/contract.ts';
import { normaliseText, contentHash } from '../../graph-loader/src/normalise/normalise-article.ts';
import { splitSentences } from '../../graph-loader/src/sentences/split-sentences.ts';
import { loadKnowledge } from '../../graph-loader/src/extract/knowledge.ts';
import { extractArticle } from '../../graph-loader/src/extract/extract-article.ts';
import { resolveExtractions } from '../../graph-loader/src/resolve/resolve-extractions.ts';
import { dataPath } from '../../graph-loader/src/paths.ts';

const TARGET_KB_PER_SECOND = 200;
const CORPUS_BYTES = 2 * 1024 * 1024;

async function buildCorpus(): Promise<string[]> {
  const paragraphs: string[] = [];
  // The sample articles and the development set (other conflicts, wire style), without their header blocks.
  for (const folder of [dataPath('articles'), dataPath('dev', 'articles')]) {
    const files = (await readdir(folder)).filter((f) => f.endsWith('.txt')).sort();
    for (const file of files) {
      const raw = (await readFile(path.join(folder, file), 'utf8')).replace(
        /^(?:[A-Za-z][A-Za-z _-]{0,30}:[^\n]*\n)+\n/,
        '',
      );
      const text = normaliseText(raw);
      paragraphs.push(...text.split(/\n+/).filter((p) => p.trim()));
    }
  }
  const texts: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < CORPUS_BYTES; n++) {
    const picked: string[] = [];
    for (let k = 0; k < 12; k++) picked.push(paragraphs[(n * 7 + k * ((n % 5) + 1)) % paragraphs.length]!);
    const text = picked.join('\n\n');
    texts.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return texts;
}

/** Measures and prints extraction throughput. */
export async function run(): Promise<void> {
  const texts = await buildCorpus();
  const knowledge = loadKnowledge();
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
  // Warm up the JIT on a few articles.
  for (const text of texts.slice(0, 20)) extractArticle(toArticle(text, 0), knowledge);
  const startedWall = performance.now();
  const startedCpu = cpuMilliseconds();
  const articles = texts.map((text, i) => toArticle(text, i));
  const extractions = articles.map((article) => extractArticle(article, knowledge));
  resolveExtractions(articles, extractions);
  const seconds = (performance.now() - startedWall) / 1000;
  const cpuSeconds = (cpuMilliseconds() - startedCpu) / 1000;
  const kbPerSecond = bytes / 1024 / seconds;
  const kbPerCpuSecond = bytes / 1024 / cpuSeconds;
  // On a shared machine the wall clock includes time other processes took; CPU time is this process's own.
  console.log(
    `extract: ${Math.round(kbPerSecond)} KB/s wall, ${Math.round(kbPerCpuSecond)} KB/s CPU (target ${TARGET_KB_PER_SECOND} KB/s, ratio ${(kbPerSecond / TARGET_KB_PER_SECOND).toFixed(2)} wall) — ${(bytes / 1024 / 1024).toFixed(1)} MB, ${texts.length} articles in ${seconds.toFixed(2)} s, load average ${loadavg()[0]!.toFixed(2)}`,
  );
}

/** User plus system CPU time of this process, in milliseconds. */
function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function toArticle(text: string, i: number): SplitArticle {
  return {
    id: contentHash(text),
    file: `bench-${i}.txt`,
    title: null,
    source: null,
    url: null,
    publishedAt: '2024-06-25',
    format: 'text',
    text,
    sentences: splitSentences(text),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
