/*
 * The loader pipeline, top to bottom: read -> normalise -> split sentences -> extract -> resolve -> write.
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
import { extractArticle } from './extract/extract-article.ts';
import { loadKnowledge } from './extract/knowledge.ts';
import { resolveExtractions } from './resolve/resolve-extractions.ts';
import { deriveTitle } from './normalise/derive-title.ts';
import { capMentions, DEFAULT_ARTICLE_TIME_LIMIT_MS, overTimeLimit } from './pipeline-limits.ts';

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
export function prepareArticle(source: ArticleSource): { article: SplitArticle; warnings: string[] } | { reason: string } {
  const normalised = normaliseArticle(source);
  if (normalised.text === '') return { reason: 'no text after normalisation' };
  const warnings: string[] = [];
  const sentences = splitSentences(normalised.text, {
    maxSentenceChars: MAX_SENTENCE_CHARS,
    onLimit: (message) => warnings.push(message),
  });
  return { article: { ...normalised, title: normalised.title ?? normaliseLine(deriveTitle(sentences)), sentences }, warnings };
}

/** Read, normalise and split, in batches of `batchSize` articles. Failures and warnings travel with the batch. */
export async function* prepareArticles(targets: string[], options: PipelineOptions = {}): AsyncGenerator<PreparedBatch> {
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
        batch.failures.push({ file, ...(result.article.record !== undefined && { record: result.article.record }), reason: prepared.reason });
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

/**
 * Extract and resolve: from split articles to the ExtractionDocument. Each article's extraction is
 * timed; one over its time limit (with what preparing it took, `spentMs`) fails and is left out.
 */
export function extractArticles(
  articles: SplitArticle[],
  options: { spentMs?: Map<string, number>; articleTimeLimitMs?: number } = {},
): ExtractedBatch {
  const knowledge = loadKnowledge();
  const limitMs = options.articleTimeLimitMs ?? DEFAULT_ARTICLE_TIME_LIMIT_MS;
  const within: SplitArticle[] = [];
  const extractions = [];
  const failures: ReadFailure[] = [];
  const warnings: PipelineWarning[] = [];
  for (const article of articles) {
    const started = performance.now();
    const capped = capMentions(extractArticle(article, knowledge));
    const overLimit = overTimeLimit((options.spentMs?.get(article.id) ?? 0) + performance.now() - started, limitMs);
    if (overLimit) {
      failures.push({ file: article.file, ...(article.record !== undefined && { record: article.record }), reason: overLimit });
      continue;
    }
    within.push(article);
    extractions.push(
      capped.warning ? { ...capped.extraction, warnings: [...capped.extraction.warnings, capped.warning] } : capped.extraction,
    );
  }
  const document = resolveExtractions(within, extractions);
  const files = new Map(within.map((a) => [a.id, a.file]));
  for (const { article, message } of document.warnings ?? []) {
    const file = article === undefined ? undefined : files.get(article);
    warnings.push({ ...(file !== undefined && { file }), ...(article !== undefined && { article }), message });
  }
  return { document, articles: within, failures, warnings };
}

/** Extract and resolve with no time limit: the ExtractionDocument of the articles (`newsgraph extract`). */
export function extractDocument(articles: SplitArticle[]): ExtractionDocument {
  return extractArticles(articles, { articleTimeLimitMs: Number.POSITIVE_INFINITY }).document;
}
