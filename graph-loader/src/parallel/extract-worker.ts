/*
 * One extraction worker: loads the knowledge once, then extracts each batch of split articles it is
 * sent and posts the per-article extractions back (resolving across articles stays in the main thread).
 */
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../extract/knowledge.ts';
import { extractWithinLimits } from '../pipeline-limits.ts';
import type { ExtractRequest, ExtractResponse } from './extract-pool.ts';

const knowledge = loadKnowledge();
parentPort!.on('message', ({ id, articles, limits }: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    response = { id, extractions: articles.map((article, i) => extractWithinLimits(article, knowledge, limits[i]!)) };
  } catch (error) {
    response = { id, error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(response);
});
parentPort!.postMessage({ ready: true });
