/*
 * `newsgraph load`: runs the pipeline over files and folders and writes each batch to Neo4j.
 * Reports progress through a callback and returns the summary; never throws for bad input
 * (those become failures), only for an unusable database.
 */
import type { ReadFailure } from './read/read-articles.ts';
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { prepareArticles, extractArticles, type PipelineWarning } from './pipeline.ts';
import { applySchema } from '../../graph-store/db/schema.ts';
import { writeBatch } from './write/write-graph.ts';
import { KNOWN_ARTICLES } from './write/write-queries.ts';
import { EXTRACTOR } from './extract/extractor-info.ts';

export interface LoadSummary {
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
  maxFileBytes?: number;
  /** Time limit per article for reading and extraction, in milliseconds. */
  articleTimeLimitMs?: number;
  onProgress?: (progress: LoadProgress) => void;
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
export async function loadArticles(db: GraphDatabase, targets: string[], options: LoadOptions = {}): Promise<LoadSummary> {
  await applySchema(db);
  const summary: LoadSummary = {
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
  for await (const batch of prepareArticles(targets, readOptions)) {
    batch.failures.forEach(fail);
    summary.warnings.push(...batch.warnings);
    if (batch.articles.length === 0) continue;
    // Articles already in the graph with the same text, extracted by this extractor version, need no extraction at all.
    const known = new Set(
      (
        await db.read<{ id: string }>(KNOWN_ARTICLES, { ids: batch.articles.map((a) => a.id), ...EXTRACTOR })
      ).map((row) => row.id),
    );
    const candidates = batch.articles.filter((a) => !known.has(a.id));
    summary.unchanged += batch.articles.length - candidates.length;
    done += batch.articles.length - candidates.length;
    if (candidates.length === 0) {
      options.onProgress?.({ done });
      continue;
    }
    const extracted = extractArticles(candidates, {
      spentMs: batch.spentMs,
      ...(options.articleTimeLimitMs !== undefined && { articleTimeLimitMs: options.articleTimeLimitMs }),
    });
    extracted.failures.forEach(fail);
    summary.warnings.push(...extracted.warnings);
    const fresh = extracted.articles;
    if (fresh.length === 0) continue;
    const result = await writeBatch(db, { articles: fresh, document: extracted.document });
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
  }
  return summary;
}
