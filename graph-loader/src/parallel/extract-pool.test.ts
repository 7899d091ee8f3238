import { afterAll, describe, expect, it } from 'vitest';
import { prepareArticles, extractDocument, extractDocumentInPool } from '../pipeline.ts';
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
    const extractions = await pool.extract(articles);
    expect(extractions.map((e) => e.articleId)).toEqual(articles.map((a) => a.id));
  });

  it('should extract in this thread with no workers', async () => {
    const none = ExtractPool.create(0);
    const articles = (await sampleArticles()).slice(0, 1);
    expect(await none.extract(articles)).toHaveLength(1);
    await none.close();
  });
});
