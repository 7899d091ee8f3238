/*
 * Extraction over worker_threads: a fixed pool of workers, each holding the knowledge once. A batch
 * of split articles is cut into one slice per worker; the slices come back in order, so the result
 * is exactly what extracting in this thread would give. With 0 workers it extracts in this thread.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SplitArticle } from '../contract.ts';
import { loadKnowledge } from '../extract/knowledge.ts';
import { extractWithinLimits, type ArticleLimits, type LimitedExtraction } from '../pipeline-limits.ts';

export interface ExtractRequest {
  id: number;
  articles: SplitArticle[];
  limits: ArticleLimits[];
}

export type ExtractResponse = { id: number; extractions: LimitedExtraction[] } | { id: number; error: string };

/**
 * How many workers a pool gets by default: NEWSGRAPH_WORKERS, else one per core but one (at least one).
 * The core left is for the main thread (resolving, sending batches) and a local Neo4j, the slower
 * stage of a load; each worker is a V8 heap of its own holding the knowledge (about 45 MB live, two
 * to three times that between collections), so a worker that would only wait costs memory for nothing.
 */
export function defaultWorkerCount(): number {
  const given = Number(process.env.NEWSGRAPH_WORKERS);
  return Number.isInteger(given) && given >= 0 ? given : Math.max(1, os.availableParallelism() - 1);
}

/**
 * The old-generation heap each worker may use, in MB: NEWSGRAPH_WORKER_HEAP_MB, else 160. Left to
 * itself V8 sizes a heap from the machine's memory and collects lazily, so a worker grew to several
 * hundred MB over a long load while its live data stayed near 60 MB. A cap makes it collect instead;
 * a slice that does not fit is extracted in this thread (see ExtractPool.extract).
 */
export function defaultWorkerHeapMb(): number {
  const given = Number(process.env.NEWSGRAPH_WORKER_HEAP_MB);
  return Number.isInteger(given) && given >= 64 ? given : 160;
}

interface PooledWorker {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve(e: LimitedExtraction[]): void; reject(e: Error): void }>;
}

/** A pool of extraction workers; `close()` ends them. */
export class ExtractPool {
  private nextId = 0;
  private constructor(
    private readonly workers: PooledWorker[],
    private readonly start: () => PooledWorker,
  ) {}

  /** Starts `size` workers (0: extract in this thread), each with an old generation of at most `heapMb`. */
  static create(size = defaultWorkerCount(), heapMb = defaultWorkerHeapMb()): ExtractPool {
    const entry = new URL('./extract-worker-entry.js', import.meta.url);
    const start = () => startWorker(entry, heapMb);
    return new ExtractPool(
      Array.from({ length: size }, () => start()),
      start,
    );
  }

  get size(): number {
    return this.workers.length;
  }

  /** Extracts every article within its limits (`limits[i]` for `articles[i]`), in order. */
  async extract(articles: SplitArticle[], limits: ArticleLimits[]): Promise<LimitedExtraction[]> {
    if (this.workers.length === 0 || articles.length === 0) return extractHere(articles, limits);
    const count = this.workers.length;
    const [parts, limitParts] = [slice(articles, count), slice(limits, count)];
    const done = await Promise.all(parts.map((part, i) => this.sendOrExtractHere(i, part, limitParts[i]!)));
    return done.flat();
  }

  /** Sends a slice to worker `index`; if that worker runs out of heap, replaces it and extracts the slice here. */
  private async sendOrExtractHere(
    index: number,
    articles: SplitArticle[],
    limits: ArticleLimits[],
  ): Promise<LimitedExtraction[]> {
    try {
      return await this.send(this.workers[index]!, articles, limits);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
      this.workers[index] = this.start();
      return extractHere(articles, limits);
    }
  }

  private async send(
    pooled: PooledWorker,
    articles: SplitArticle[],
    limits: ArticleLimits[],
  ): Promise<LimitedExtraction[]> {
    if (articles.length === 0) return [];
    await pooled.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      pooled.pending.set(id, { resolve, reject });
      pooled.worker.postMessage({ id, articles, limits } satisfies ExtractRequest);
    });
  }

  /** Ends the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

function extractHere(articles: SplitArticle[], limits: ArticleLimits[]): LimitedExtraction[] {
  const knowledge = loadKnowledge();
  return articles.map((article, i) => extractWithinLimits(article, knowledge, limits[i]!));
}

/** Cuts `items` into `count` contiguous slices of near-equal size. */
function slice<T>(items: T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size));
}

function startWorker(entry: URL, heapMb: number): PooledWorker {
  const worker = new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  const pending: PooledWorker['pending'] = new Map();
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: ExtractResponse | { ready: true }) => {
      if ('ready' in message) return resolve();
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (!waiting) return;
      if ('error' in message) waiting.reject(new Error(`extraction worker: ${message.error}`));
      else waiting.resolve(message.extractions);
    });
    worker.on('error', (error) => {
      reject(error);
      failAll(error);
    });
    worker.on('exit', (code) => {
      if (code !== 0) failAll(new Error(`extraction worker exited with code ${code}`));
    });
  });
  ready.catch(() => {});
  return { worker, ready, pending };
}
