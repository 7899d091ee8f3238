/*
 * The loader pipeline, top to bottom: read -> normalise -> split sentences -> extract -> resolve -> write.
 * Extraction may run over a pool of worker threads (parallel/extract-pool.ts); resolving stays here
 * and ends with the analyst's same-or-different decisions (resolve/apply-decisions.ts).
 * Each stage is its own module and hands the next a typed value (graph-loader/src/contract.ts).
 * Articles stream through in batches, so a large corpus is never held in memory at once.
 * Work stays proportional to the input (pipeline-limits.ts): each article has a time limit, and
 * sentences a cap on mentions, between extract and resolve; every limit that applies is reported.
 */
import { performance } from 'node:perf_hooks';
import type { ArticleSource, ExtractionDocument, SplitArticle } from './contract.ts';
import { readArticles, type ReadFailure, type ReadOptions } from './read/read-articles.ts';
import { normaliseArticle, normaliseLine } from './normalise/normalise-article.ts';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences/split-sentences.ts';
import { loadKnowledge } from './extract/knowledge.ts';
import type { ArticleExtraction } from './extract/types.ts';
import { resolveExtractions } from './resolve/resolve-extractions.ts';
import { applyDecisions, loadDecisions } from './resolve/apply-decisions.ts';
import { deriveTitle } from './normalise/derive-title.ts';
import type { ExtractPool } from './parallel/extract-pool.ts';
import {
  DEFAULT_ARTICLE_TIME_LIMIT_MS,
  extractWithinLimits,
  type ArticleLimits,
  type LimitedExtraction,
} from './pipeline-limits.ts';

/** A doubt or a limit met on the way, naming the file (and the article id once it has one). */
export interface PipelineWarning {
  file?: string;
  article?: string;
  message: string;
}

export interface PreparedBatch {
  articles: SplitArticle[];
  failures: ReadFailure[];
  warnings: PipelineWarning[];
  /** Milliseconds spent reading, normalising and splitting each article, by article id. */
  spentMs: Map<string, number>;
}

export interface PipelineOptions extends ReadOptions {
  batchSize?: number;
}

function emptyBatch(): PreparedBatch {
  return { articles: [], failures: [], warnings: [], spentMs: new Map() };
}

/** Normalise and split one article: the split article and its warnings, or why nothing is left of it. */
export function prepareArticle(
  source: ArticleSource,
): { article: SplitArticle; warnings: string[] } | { reason: string } {
  const normalised = normaliseArticle(source);
  if (normalised.text === '') return { reason: 'no text after normalisation' };
  const warnings: string[] = [];
  const sentences = splitSentences(normalised.text, {
    maxSentenceChars: MAX_SENTENCE_CHARS,
    onLimit: (message) => warnings.push(message),
  });
  return {
    article: { ...normalised, title: normalised.title ?? normaliseLine(deriveTitle(sentences)), sentences },
    warnings,
  };
}

/** Read, normalise and split, in batches of `batchSize` articles. Failures and warnings travel with the batch. */
export async function* prepareArticles(
  targets: string[],
  options: PipelineOptions = {},
): AsyncGenerator<PreparedBatch> {
  const batchSize = options.batchSize ?? 25;
  let batch = emptyBatch();
  let started = performance.now();
  for await (const result of readArticles(targets, options)) {
    if (result.kind === 'failure') batch.failures.push(result.failure);
    else if (result.kind === 'warning') batch.warnings.push(result.warning);
    else {
      const file = result.article.file;
      batch.warnings.push(...result.warnings.map((message) => ({ file, message })));
      const prepared = prepareArticle(result.article);
      if ('reason' in prepared) {
        batch.failures.push({
          file,
          ...(result.article.record !== undefined && { record: result.article.record }),
          reason: prepared.reason,
        });
      } else {
        const { article } = prepared;
        batch.articles.push(article);
        batch.warnings.push(...prepared.warnings.map((message) => ({ file, article: article.id, message })));
        batch.spentMs.set(article.id, Math.max(batch.spentMs.get(article.id) ?? 0, performance.now() - started));
      }
    }
    if (batch.articles.length >= batchSize) {
      yield batch;
      batch = emptyBatch();
    }
    started = performance.now();
  }
  if (batch.articles.length > 0 || batch.failures.length > 0 || batch.warnings.length > 0) yield batch;
}

export interface ExtractedBatch {
  document: ExtractionDocument;
  /** The articles the document covers (those within their time limit). */
  articles: SplitArticle[];
  failures: ReadFailure[];
  warnings: PipelineWarning[];
}

export interface ExtractOptions {
  /** Milliseconds spent preparing each article, by id (counted against its time limit). */
  spentMs?: Map<string, number>;
  articleTimeLimitMs?: number;
}

/** Each article's limits under `options`. */
export function articleLimits(articles: SplitArticle[], options: ExtractOptions): ArticleLimits[] {
  const limitMs = options.articleTimeLimitMs ?? DEFAULT_ARTICLE_TIME_LIMIT_MS;
  return articles.map((a) => ({ spentMs: options.spentMs?.get(a.id) ?? 0, limitMs }));
}

/**
 * Extract and resolve: from split articles to the ExtractionDocument. Each article's extraction is
 * timed; one over its time limit (with what preparing it took, `spentMs`) fails and is left out.
 */
export function extractArticles(articles: SplitArticle[], options: ExtractOptions = {}): ExtractedBatch {
  const knowledge = loadKnowledge();
  const limits = articleLimits(articles, options);
  return resolveBatch(
    articles,
    articles.map((article, i) => extractWithinLimits(article, knowledge, limits[i]!)),
  );
}

/** The same as extractArticles, with the extraction spread over a pool of worker threads. */
export async function extractArticlesInPool(
  pool: ExtractPool,
  articles: SplitArticle[],
  options: ExtractOptions = {},
): Promise<ExtractedBatch> {
  return resolveBatch(articles, await pool.extract(articles, articleLimits(articles, options)));
}

/** Resolves the articles extracted within their limits; those over them become failures naming their file. */
function resolveBatch(articles: SplitArticle[], outcomes: LimitedExtraction[]): ExtractedBatch {
  const within: SplitArticle[] = [];
  const extractions: ArticleExtraction[] = [];
  const failures: ReadFailure[] = [];
  articles.forEach((article, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) {
      within.push(article);
      extractions.push(outcome.extraction);
    } else {
      failures.push({
        file: article.file,
        ...(article.record !== undefined && { record: article.record }),
        reason: outcome.reason,
      });
    }
  });
  const document = resolveWithDecisions(within, extractions);
  const files = new Map(within.map((a) => [a.id, a.file]));
  const warnings: PipelineWarning[] = (document.warnings ?? []).map(({ article, message }) => {
    const file = article === undefined ? undefined : files.get(article);
    return { ...(file !== undefined && { file }), ...(article !== undefined && { article }), message };
  });
  return { document, articles: within, failures, warnings };
}

/** Extract and resolve with no time limit: the ExtractionDocument of the articles (`newsgraph extract`). */
export function extractDocument(articles: SplitArticle[]): ExtractionDocument {
  return extractArticles(articles, { articleTimeLimitMs: Number.POSITIVE_INFINITY }).document;
}

/** extractDocument over a pool of worker threads: the same document, with extraction spread over cores. */
export async function extractDocumentInPool(pool: ExtractPool, articles: SplitArticle[]): Promise<ExtractionDocument> {
  return (await extractArticlesInPool(pool, articles, { articleTimeLimitMs: Number.POSITIVE_INFINITY })).document;
}

/** Resolve stage: the articles' extractions into one document, the decisions file applied last (its problems as warnings). */
function resolveWithDecisions(articles: SplitArticle[], extractions: ArticleExtraction[]): ExtractionDocument {
  const problems: string[] = [];
  const document = applyDecisions(
    resolveExtractions(articles, extractions),
    loadDecisions((line) => problems.push(line)),
  );
  return problems.length === 0
    ? document
    : { ...document, warnings: [...(document.warnings ?? []), ...problems.map((message) => ({ message }))] };
}
