/*
 * One extraction worker: loads the knowledge once, then extracts each batch of split articles it is
 * sent and posts the per-article extractions back (resolving across articles stays in the main thread).
 */
import { parentPort } from 'node:worker_threads';
import type { SplitArticle } from '../contract.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { loadKnowledge } from '../extract/knowledge.ts';
import type { ExtractRequest, ExtractResponse } from './extract-pool.ts';

const knowledge = loadKnowledge();
parentPort!.on('message', ({ id, articles }: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    response = { id, extractions: articles.map((article: SplitArticle) => extractArticle(article, knowledge)) };
  } catch (error) {
    response = { id, error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(response);
});
parentPort!.postMessage({ ready: true });
