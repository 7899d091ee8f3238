import { afterAll, describe, expect, it } from 'vitest';
import {
  articleLimits,
  prepareArticles,
  extractArticles,
  extractDocument,
  extractDocumentInPool,
} from '../pipeline.ts';
import { dataPath } from '../paths.ts';
import { ExtractPool } from './extract-pool.ts';
import type { SplitArticle } from '../contract.ts';

async function sampleArticles(): Promise<SplitArticle[]> {
  const articles: SplitArticle[] = [];
  for await (const batch of prepareArticles([dataPath('articles')])) articles.push(...batch.articles);
  return articles;
}

// Loading the knowledge takes seconds on a busy machine, in each worker and here.
describe('ExtractPool', { timeout: 120_000 }, () => {
  const pool = ExtractPool.create(2);
  afterAll(() => pool.close());

  it('should give the same document over two workers as in this thread', async () => {
    const articles = await sampleArticles();
    expect(articles.length).toBeGreaterThan(2);
    const inPool = await extractDocumentInPool(pool, articles);
    expect(inPool).toEqual(extractDocument(articles));
    expect(inPool.entities.length).toBeGreaterThan(10);
  });

  it('should keep the order of the articles whatever the slice sizes', async () => {
    const articles = (await sampleArticles()).slice(0, 3);
    const outcomes = await pool.extract(articles, articleLimits(articles, {}));
    expect(outcomes.map((o) => (o.ok ? o.extraction.articleId : o.reason))).toEqual(articles.map((a) => a.id));
  });

  it('should leave out an article over its time limit, in a worker as in this thread', async () => {
    const articles = (await sampleArticles()).slice(0, 2);
    const late = articleLimits(articles, { articleTimeLimitMs: 1, spentMs: new Map([[articles[0]!.id, 5]]) });
    const outcomes = await pool.extract(articles, late);
    expect(outcomes[0]).toMatchObject({ ok: false, reason: expect.stringMatching(/over the time limit/) });
    const inThread = extractArticles(articles, { articleTimeLimitMs: 1, spentMs: new Map([[articles[0]!.id, 5]]) });
    expect(inThread.failures.map((f) => f.file)).toContain(articles[0]!.file);
  });

  it('should extract here what a worker has no heap for, and replace that worker', async () => {
    const starved = ExtractPool.create(1, 8); // 8 MB: the knowledge alone does not fit
    const articles = (await sampleArticles()).slice(0, 2);
    const document = await extractDocumentInPool(starved, articles);
    expect(document).toEqual(extractDocument(articles));
    expect(document.entities.length).toBeGreaterThan(3);
    expect(await extractDocumentInPool(starved, articles)).toEqual(document); // and again, on its replacement
    await starved.close();
  });

  it('should extract in this thread with no workers', async () => {
    const none = ExtractPool.create(0);
    const articles = (await sampleArticles()).slice(0, 1);
    expect(await none.extract(articles, articleLimits(articles, {}))).toHaveLength(1);
    await none.close();
  });
});
