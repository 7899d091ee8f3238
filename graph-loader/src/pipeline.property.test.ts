/*
 * Property-based tests of the extractor's entry point through the pipeline (prepare, extract with
 * the limits, resolve) with hostile input: no exception escapes, the ExtractionDocument always passes
 * the zod contract, every mention is its text's exact slice, and no sentence keeps more mentions
 * than the cap.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractionDocumentSchema, type ExtractionDocument, type SplitArticle } from './contract.ts';
import { extractArticles, prepareArticle } from './pipeline.ts';
import { MAX_MENTIONS_PER_SENTENCE } from './pipeline-limits.ts';
import { hostileText, newsLikeText } from '../../testing/hostile-text.ts';

function prepare(texts: string[]): SplitArticle[] {
  return texts.flatMap((text, i) => {
    const prepared = prepareArticle({
      file: `a${i}.txt`,
      title: null,
      source: null,
      url: null,
      publishedAt: '2024-03-01',
      text,
      format: 'text',
    });
    return 'article' in prepared ? [prepared.article] : [];
  });
}

function checkDocument(document: ExtractionDocument, articles: SplitArticle[]): void {
  extractionDocumentSchema.parse(document);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const perSentence = new Map<string, number>();
  for (const entity of document.entities) {
    for (const m of entity.mentions) {
      const article = byId.get(m.article)!;
      expect(article.text.slice(m.start, m.end)).toBe(m.text);
      const key = `${m.article}:${m.sentence}`;
      perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
    }
  }
  for (const count of perSentence.values()) expect(count).toBeLessThanOrEqual(MAX_MENTIONS_PER_SENTENCE);
}

describe('the extractor entry point with hostile input', () => {
  it('should give a document the contract accepts, whatever the articles say', () => {
    const found = { entities: 0, facts: 0 };
    fc.assert(
      fc.property(fc.array(fc.oneof(newsLikeText(150), hostileText()), { minLength: 1, maxLength: 4 }), (texts) => {
        const articles = prepare(texts);
        const extracted = extractArticles(articles);
        expect(extracted.failures).toEqual([]);
        checkDocument(extracted.document, articles);
        found.entities += extracted.document.entities.length;
        found.facts +=
          extracted.document.events.length +
          extracted.document.allegations.length +
          extracted.document.relations.length;
      }),
      { numRuns: 150 },
    );
    // The generated text did reach the extractor's rules, not only its empty paths.
    expect(found.entities).toBeGreaterThan(100);
    expect(found.facts).toBeGreaterThan(0);
  }, 120_000);

  it('should cap a sentence listing thousands of names, with a warning naming the file', () => {
    const list = Array.from({ length: 3000 }, (_, i) => ['Chile', 'Peru', 'Bolivia', 'Ecuador'][i % 4]).join(' and ');
    const articles = prepare([`${list}.`]);
    const extracted = extractArticles(articles);
    checkDocument(extracted.document, articles);
    expect(extracted.warnings).toContainEqual({
      file: 'a0.txt',
      article: articles[0]!.id,
      message: expect.stringMatching(
        /^\d+ sentences with more than 100 mentions \(at most \d+\): kept the first 100 of each/,
      ),
    });
  });

  it('should skip an article over its time limit, naming the file and the limit', () => {
    const articles = prepare(['Chile and Peru signed a trade agreement in Lima on Monday.']);
    const extracted = extractArticles(articles, { spentMs: new Map([[articles[0]!.id, 50]]), articleTimeLimitMs: 10 });
    expect(extracted.articles).toEqual([]);
    expect(extracted.document.articles).toEqual([]);
    expect(extracted.failures).toEqual([
      {
        file: 'a0.txt',
        reason: expect.stringMatching(/^took \d+\.\d s to read and extract, over the time limit of 0\.01 s per file/),
      },
    ]);
  });
});
