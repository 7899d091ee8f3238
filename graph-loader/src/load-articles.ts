/*
 * `newsgraph load`: runs the pipeline over files and folders and writes each batch to Neo4j.
 * Reports progress through a callback and returns the summary; never throws for bad input
 * (those become failures), only for an unusable database.
 */
import type { ReadFailure } from './read/read-articles.ts';
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { prepareArticles, extractDocument } from './pipeline.ts';
import { applySchema } from '../../graph-store/db/schema.ts';
import { writeBatch } from './write/write-graph.ts';
import { KNOWN_ARTICLES } from './write/write-queries.ts';
import { EXTRACTOR } from './extract/extractor-info.ts';
import { newLoadId, recordLoad } from './write/record-load.ts';

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
  warnings: { article?: string; message: string }[];
}

export interface LoadProgress {
  done: number;
  failure?: ReadFailure;
}

export interface LoadOptions {
  batchSize?: number;
  maxFileBytes?: number;
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
  let done = 0;
  const readOptions = {
    ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
    ...(options.maxFileBytes !== undefined && { maxFileBytes: options.maxFileBytes }),
  };
  for await (const batch of prepareArticles(targets, readOptions)) {
    for (const failure of batch.failures) {
      summary.failed++;
      summary.failures.push(failure);
      options.onProgress?.({ done: ++done, failure });
    }
    if (batch.articles.length === 0) continue;
    // Articles already in the graph with the same text, extracted by this extractor version, need no extraction at all.
    const known = new Set(
      (
        await db.read<{ id: string }>(KNOWN_ARTICLES, { ids: batch.articles.map((a) => a.id), ...EXTRACTOR })
      ).map((row) => row.id),
    );
    const fresh = batch.articles.filter((a) => !known.has(a.id));
    summary.unchanged += batch.articles.length - fresh.length;
    done += batch.articles.length - fresh.length;
    if (fresh.length === 0) {
      options.onProgress?.({ done });
      continue;
    }
    const document = extractDocument(fresh);
    summary.warnings.push(...(document.warnings ?? []));
    const result = await writeBatch(db, { articles: fresh, document }, summary.loadId);
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
  }
  await recordLoad(db, {
    id: summary.loadId,
    startedAt,
    paths: targets,
    files: [...new Set(files)],
    extractor: EXTRACTOR,
    articles: { loaded: summary.loaded, replaced: summary.replaced, unchanged: summary.unchanged, failed: summary.failed },
  });
  return summary;
}
