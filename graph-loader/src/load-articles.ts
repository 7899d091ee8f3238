/*
 * `newsgraph load`: runs the pipeline over files and folders and writes each batch to Neo4j.
 * Reports progress through a callback and returns the summary; never throws for bad input
 * (those become failures), only for an unusable database.
 */
import type { ReadFailure } from './read/read-articles.ts';
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import {
  prepareArticles,
  extractArticles,
  extractArticlesInPool,
  type ExtractedBatch,
  type ExtractOptions,
  type PipelineWarning,
} from './pipeline.ts';
import { defaultWorkerCount, ExtractPool } from './parallel/extract-pool.ts';
import type { ExtractionDocument, SplitArticle } from './contract.ts';
import { applySchema } from '../../graph-store/db/schema.ts';
import { writeBatch } from './write/write-graph.ts';
import type { RankingOptions } from '../../graph-store/db/neighbour-ranking.ts';
import { KNOWN_ARTICLES } from './write/write-queries.ts';
import { EXTRACTOR } from './extract/extractor-info.ts';
import { addChanges, newLoadId, noChanges, recordLoad } from './write/record-load.ts';
import { collectAbove } from './heap.ts';

export interface LoadSummary {
  /** The id of the load's record (a (:Load) node). */
  loadId: string;
  loaded: number;
  replaced: number;
  unchanged: number;
  failed: number;
  failures: ReadFailure[];
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  warnings: PipelineWarning[];
}

export interface LoadProgress {
  done: number;
  failure?: ReadFailure;
}

export interface LoadOptions {
  batchSize?: number;
  /** Extraction worker threads (default: NEWSGRAPH_WORKERS, else one per core but one; 0 extracts in this thread). */
  workers?: number;
  maxFileBytes?: number;
  /** Time limit per article for reading and extraction, in milliseconds. */
  articleTimeLimitMs?: number;
  onProgress?: (progress: LoadProgress) => void;
  /** Where a node becomes a hub that stores its ranking of neighbours, and its length (tests lower them). */
  ranking?: RankingOptions;
}

/** One summary line for a load. */
export function loadSummaryLine(summary: LoadSummary): string {
  return (
    `articles: ${summary.loaded} loaded, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.failed} failed; ` +
    `nodes created: ${summary.nodesCreated}, relationships created: ${summary.relationshipsCreated}` +
    (summary.nodesDeleted + summary.relationshipsDeleted > 0
      ? `; nodes deleted: ${summary.nodesDeleted}, relationships deleted: ${summary.relationshipsDeleted}`
      : '')
  );
}

/** Loads articles into the database; returns what happened. */
export async function loadArticles(
  db: GraphDatabase,
  targets: string[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  await applySchema(db);
  const startedAt = new Date().toISOString();
  const files: string[] = [];
  const summary: LoadSummary = {
    loadId: newLoadId(startedAt),
    loaded: 0,
    replaced: 0,
    unchanged: 0,
    failed: 0,
    failures: [],
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    warnings: [],
  };
  const changes = noChanges();
  let done = 0;
  const fail = (failure: ReadFailure): void => {
    summary.failed++;
    summary.failures.push(failure);
    options.onProgress?.({ done: ++done, failure });
  };
  const readOptions = {
    ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
    ...(options.maxFileBytes !== undefined && { maxFileBytes: options.maxFileBytes }),
  };
  // Extraction of batch n+1 (over the worker pool) overlaps the write of batch n; writes stay in order.
  const pool = new LazyPool(options.workers ?? defaultWorkerCount());
  let writing: Promise<void> = Promise.resolve();
  const write = async (fresh: SplitArticle[], document: ExtractionDocument): Promise<void> => {
    const result = await writeBatch(db, { articles: fresh, document }, summary.loadId, options.ranking);
    files.push(...fresh.map((a) => a.file));
    for (const article of fresh) {
      const outcome = result.outcomes.get(article.id) ?? 'loaded';
      if (outcome === 'unchanged') summary.unchanged++;
      else if (outcome === 'replaced') summary.replaced++;
      else summary.loaded++;
      options.onProgress?.({ done: ++done });
    }
    summary.nodesCreated += result.nodesCreated;
    summary.relationshipsCreated += result.relationshipsCreated;
    summary.nodesDeleted += result.nodesDeleted;
    summary.relationshipsDeleted += result.relationshipsDeleted;
    addChanges(changes, result.changes);
    collectAbove(MAIN_HEAP_BOUND_MB);
  };
  try {
    for await (const batch of prepareArticles(targets, readOptions)) {
      batch.failures.forEach(fail);
      summary.warnings.push(...batch.warnings);
      if (batch.articles.length === 0) continue;
      // Articles already in the graph with the same text, extracted by this extractor version, need no extraction at all.
      // (An article also in the batch being written is caught by the writer's own check.)
      const known = new Set(
        (await db.read<{ id: string }>(KNOWN_ARTICLES, { ids: batch.articles.map((a) => a.id), ...EXTRACTOR })).map(
          (row) => row.id,
        ),
      );
      const candidates = batch.articles.filter((a) => !known.has(a.id));
      summary.unchanged += batch.articles.length - candidates.length;
      done += batch.articles.length - candidates.length;
      if (candidates.length === 0) {
        options.onProgress?.({ done });
        continue;
      }
      const extracted = await pool.extract(candidates, {
        spentMs: batch.spentMs,
        ...(options.articleTimeLimitMs !== undefined && { articleTimeLimitMs: options.articleTimeLimitMs }),
      });
      extracted.failures.forEach(fail);
      summary.warnings.push(...extracted.warnings);
      if (extracted.articles.length === 0) continue;
      await writing;
      writing = write(extracted.articles, extracted.document);
      writing.catch(() => {}); // Observed by the next await; this only keeps Node from calling it unhandled meanwhile.
    }
    await writing;
  } finally {
    await pool.close();
  }
  await recordLoad(db, {
    id: summary.loadId,
    startedAt,
    paths: targets,
    files: [...new Set(files)],
    extractor: EXTRACTOR,
    articles: {
      loaded: summary.loaded,
      replaced: summary.replaced,
      unchanged: summary.unchanged,
      failed: summary.failed,
    },
    changes,
  });
  return summary;
}

/** The main thread holds about 55 MB live through a load; past twice that, a batch's end collects (heap.ts). */
const MAIN_HEAP_BOUND_MB = 112;

/** Below this many articles in a batch, extracting here beats handing them to workers. */
const POOL_THRESHOLD = 8;

/** The extraction pool, started on the first batch big enough to need it (a five-article load never starts one). */
class LazyPool {
  private pool: ExtractPool | null = null;
  constructor(private readonly workers: number) {}

  async extract(articles: SplitArticle[], options: ExtractOptions): Promise<ExtractedBatch> {
    if (this.workers === 0 || articles.length < POOL_THRESHOLD) return extractArticles(articles, options);
    this.pool ??= ExtractPool.create(this.workers);
    return extractArticlesInPool(this.pool, articles, options);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
