/*
 * Export streaming: a generated graph of 100k nodes and 500k relationships (entities, articles,
 * sentences, mentions, entity relations with provenance lists) streamed through every writer into
 * /dev/null. Prints elements per second and the peak memory above the start of each run, at a tenth
 * of the size and at full size: the memory of a streaming writer does not grow with the graph.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { EXPORT_FORMATS } from '#model/export/formats.ts';
import { FORMATS } from '../../graph-store/export/formats.ts';
import type { CitedArticle, ExportEdge, ExportNode, GraphSource } from '#model/export/types.ts';

const FULL = { nodes: 100_000, edges: 500_000 };

// A full collection before each run, so one run's garbage does not count against the next.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** A deterministic generated graph of the given size, streamable again and again. */
export function generatedSource(nodeCount: number, edgeCount: number): GraphSource {
  const articles = Math.max(1, Math.floor(nodeCount / 10));
  const entities = Math.max(1, Math.floor(nodeCount / 5));
  const sentences = Math.max(1, nodeCount - articles - entities);
  const sentenceId = (i: number) => `a${i % articles}:${Math.floor(i / articles)}`;
  const random = (seed: number) => {
    let x = (seed * 2654435761) % 4294967296;
    return () => (x = (x * 1664525 + 1013904223) % 4294967296) / 4294967296;
  };
  return {
    scopeName: 'bench',
    async *nodes(): AsyncIterable<ExportNode> {
      for (let i = 0; i < articles; i++) {
        yield {
          key: `a${i}`,
          labels: ['Article'],
          properties: {
            id: `a${i}`,
            title: `Generated article ${i}`,
            source: `Outlet ${i % 40}`,
            publishedAt: `2024-0${1 + (i % 9)}-1${i % 10}`,
            url: `https://news.example/${i}`,
            sentenceCount: 7,
          },
        };
      }
      for (let i = 0; i < entities; i++) {
        yield {
          key: `person:p${i}`,
          labels: ['Entity', 'Person', 'Actor'],
          properties: {
            id: `person:p${i}`,
            name: `Person ${i}`,
            aliases: [`P. ${i}`, `Mr ${i}`],
            roles: ['minister'],
            mentionCount: i % 97,
            articleCount: i % 13,
            firstSeen: '2024-01-01',
          },
        };
      }
      for (let i = 0; i < sentences; i++) {
        yield {
          key: sentenceId(i),
          labels: ['Sentence'],
          properties: {
            id: sentenceId(i),
            articleId: `a${i % articles}`,
            index: Math.floor(i / articles),
            text: `Sentence ${i} says that "Person ${i % entities}" met, in the capital, officials of the other side; talks went on.`,
            start: i * 10,
            end: i * 10 + 110,
          },
        };
      }
    },
    async *edges(): AsyncIterable<ExportEdge> {
      const next = random(7);
      for (let i = 0; i < edgeCount; i++) {
        const kind = i % 10;
        if (kind < 2) {
          const s = i % sentences;
          yield {
            key: `r${i}`,
            type: 'HAS_SENTENCE',
            source: `a${s % articles}`,
            target: sentenceId(s),
            properties: {},
            sourceLabels: ['Article'],
            targetLabels: ['Sentence'],
          };
        } else if (kind < 8) {
          const s = Math.floor(next() * sentences);
          yield {
            key: `r${i}`,
            type: 'MENTIONS',
            source: sentenceId(s),
            target: `person:p${Math.floor(next() * entities)}`,
            properties: { start: s * 10 + 3, end: s * 10 + 12, surface: 'Person' },
            sourceLabels: ['Sentence'],
            targetLabels: ['Entity', 'Person', 'Actor'],
          };
        } else {
          const s = Math.floor(next() * sentences);
          yield {
            key: `r${i}`,
            type: 'COOPERATES_WITH',
            source: `person:p${Math.floor(next() * entities)}`,
            target: `person:p${Math.floor(next() * entities)}`,
            properties: { sentenceIds: [sentenceId(s)], articleIds: [`a${s % articles}`], articleCount: 1 },
            sourceLabels: ['Entity', 'Person', 'Actor'],
            targetLabels: ['Entity', 'Person', 'Actor'],
          };
        }
      }
    },
    async articles(ids: string[]): Promise<CitedArticle[]> {
      return ids.map((id) => ({
        id,
        title: `Generated article ${id}`,
        source: 'Outlet',
        publishedAt: '2024-01-01',
        url: `https://news.example/${id}`,
      }));
    },
  };
}

interface Measure {
  seconds: number;
  elementsPerSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
  /** The process's peak resident set size during the run. */
  peakRssTotalMb: number;
  /** Size of what was written. */
  outputMb: number;
}

/** Streams the source through one writer into /dev/null, sampling memory every 20 ms. */
async function measure(format: (typeof EXPORT_FORMATS)[number], nodes: number, edges: number): Promise<Measure> {
  const source = generatedSource(nodes, edges);
  gc();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const began = performance.now();
  const out = createWriteStream('/dev/null');
  const summary = await FORMATS[format].write(source, out);
  out.end();
  await finished(out);
  const seconds = (performance.now() - began) / 1000;
  clearInterval(sampler);
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return {
    seconds,
    elementsPerSecond: Math.round((summary.nodes + summary.edges) / seconds),
    peakRssMb: mb(peakRss - start.rss),
    peakHeapMb: mb(peakHeap - start.heapUsed),
    peakRssTotalMb: mb(peakRss),
    outputMb: mb(out.bytesWritten),
  };
}

/** Prints, per format: elements per second and peak memory growth at 1/10 and full size, and their ratio. */
export async function run(): Promise<void> {
  process.stdout.write(
    `graph: ${FULL.nodes} nodes, ${FULL.edges} relationships, written to /dev/null (memory: peak above the start of the run)\n`,
  );
  process.stdout.write(
    `${'format'.padEnd(8)} ${'elements/s'.padStart(11)} ${'seconds'.padStart(8)} ${'heap+ 1/10'.padStart(11)} ${'heap+ full'.padStart(11)} ${'rss+ full'.padStart(10)} ${'peak RSS'.padStart(9)} ${'output'.padStart(8)}\n`,
  );
  let overall = 0;
  let peak = 0;
  for (const format of EXPORT_FORMATS) {
    const small = await measure(format, FULL.nodes / 10, FULL.edges / 10);
    const full = await measure(format, FULL.nodes, FULL.edges);
    overall = Math.max(overall, full.peakRssMb);
    peak = Math.max(peak, full.peakRssTotalMb);
    process.stdout.write(
      `${format.padEnd(8)} ${String(full.elementsPerSecond).padStart(11)} ${full.seconds.toFixed(1).padStart(8)} ${`${small.peakHeapMb} MB`.padStart(11)} ${`${full.peakHeapMb} MB`.padStart(11)} ${`${full.peakRssMb} MB`.padStart(10)} ${`${full.peakRssTotalMb} MB`.padStart(9)} ${`${full.outputMb} MB`.padStart(8)}\n`,
    );
  }
  process.stdout.write(
    `peak RSS of the process: ${peak} MB; largest RSS growth during one full-size run: ${overall} MB (heap+ is the heap's peak above its start, at 1/10 and full size)\n`,
  );
}
