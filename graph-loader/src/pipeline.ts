/*
 * The loader pipeline, top to bottom: read -> normalise -> split sentences -> extract -> resolve -> write.
 * Extraction may run over a pool of worker threads (parallel/extract-pool.ts); resolving stays here
 * and ends with the analyst's same-or-different decisions (resolve/apply-decisions.ts).
 * Each stage is its own module and hands the next a typed value (graph-loader/src/contract.ts).
 * Articles stream through in batches, so a large corpus is never held in memory at once.
 */
import type { ExtractionDocument, SplitArticle } from './contract.ts';
import { readArticles, type ReadFailure, type ReadOptions } from './read/read-articles.ts';
import { normaliseArticle } from './normalise/normalise-article.ts';
import { splitSentences } from './sentences/split-sentences.ts';
import { extractArticle } from './extract/extract-article.ts';
import { loadKnowledge } from './extract/knowledge.ts';
import { resolveExtractions } from './resolve/resolve-extractions.ts';
import { applyDecisions, loadDecisions } from './resolve/apply-decisions.ts';
import { deriveTitle } from './normalise/derive-title.ts';
import type { ExtractPool } from './parallel/extract-pool.ts';
import type { ArticleExtraction } from './extract/types.ts';

export interface PreparedBatch {
  articles: SplitArticle[];
  failures: ReadFailure[];
}

/** Read, normalise and split, in batches of `batchSize` articles. Failures travel with the batch. */
export async function* prepareArticles(
  targets: string[],
  options: ReadOptions & { batchSize?: number } = {},
): AsyncGenerator<PreparedBatch> {
  const batchSize = options.batchSize ?? 25;
  let batch: PreparedBatch = { articles: [], failures: [] };
  for await (const result of readArticles(targets, options)) {
    if (!result.ok) {
      batch.failures.push(result.failure);
    } else {
      const normalised = normaliseArticle(result.article);
      if (normalised.text === '') {
        batch.failures.push({ file: result.article.file, reason: 'no text after normalisation' });
      } else {
        const sentences = splitSentences(normalised.text);
        batch.articles.push({ ...normalised, title: normalised.title ?? deriveTitle(sentences), sentences });
      }
    }
    if (batch.articles.length >= batchSize) {
      yield batch;
      batch = { articles: [], failures: [] };
    }
  }
  if (batch.articles.length > 0 || batch.failures.length > 0) yield batch;
}

/** Extract and resolve (the decisions applied last): from split articles to the ExtractionDocument. */
export function extractDocument(articles: SplitArticle[]): ExtractionDocument {
  const knowledge = loadKnowledge();
  return resolveWithDecisions(articles, articles.map((article) => extractArticle(article, knowledge)));
}

/** Extract over a worker pool, then resolve: the same document as extractDocument, with extraction spread over cores. */
export async function extractDocumentInPool(pool: ExtractPool, articles: SplitArticle[]): Promise<ExtractionDocument> {
  return resolveWithDecisions(articles, await pool.extract(articles));
}

/** Resolve stage: the articles' extractions into one document, the decisions file applied last (its problems as warnings). */
function resolveWithDecisions(articles: SplitArticle[], extractions: ArticleExtraction[]): ExtractionDocument {
  const problems: string[] = [];
  const document = applyDecisions(resolveExtractions(articles, extractions), loadDecisions((line) => problems.push(line)));
  return problems.length === 0 ? document : { ...document, warnings: [...(document.warnings ?? []), ...problems.map((message) => ({ message }))] };
}
