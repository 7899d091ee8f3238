/* Test helpers: turn an inline text into a SplitArticle and run extract + resolve on it. */
import type { ExtractionDocument, SplitArticle } from '../contract.ts';
import { normaliseText, contentHash } from '../normalise/normalise-article.ts';
import { splitSentences } from '../sentences/split-sentences.ts';
import { loadKnowledge } from './knowledge.ts';
import { extractArticle } from './extract-article.ts';
import { resolveExtractions } from '../resolve/resolve-extractions.ts';

/** An article made from inline text. */
export function articleOf(raw: string, publishedAt: string | null = '2024-06-25', file = 'inline.txt'): SplitArticle {
  const text = normaliseText(raw);
  return {
    id: contentHash(text),
    file,
    title: null,
    source: null,
    url: null,
    publishedAt,
    format: 'text',
    text,
    sentences: splitSentences(text),
  };
}

/** Extracts and resolves inline texts as one document. */
export function extractTexts(...texts: string[]): ExtractionDocument {
  const knowledge = loadKnowledge();
  const articles = texts.map((t, i) => articleOf(t, '2024-06-25', `inline-${i}.txt`));
  return resolveExtractions(
    articles,
    articles.map((a) => extractArticle(a, knowledge)),
  );
}

/** The entity of a document with this id, or undefined. */
export function entity(doc: ExtractionDocument, id: string) {
  return doc.entities.find((e) => e.id === id);
}
