/*
 * Normalise stage: one canonical form of the article text, and an id that is the hash of that text.
 * Only representation changes here (BOM, line endings, Unicode composition, control characters,
 * runs of blank lines); quotes, dashes and words are kept exactly, so evidence stays verbatim.
 */
import { createHash } from 'node:crypto';
import type { ArticleSource, NormalisedArticle } from '../contract.ts';

/** Returns the article's text in canonical form. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[ \t\u00A0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** sha256 of the text, as the first 16 hex characters: the Article id. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** Normalise stage: cleans the text and gives the article its content-hash id. */
export function normaliseArticle(source: ArticleSource): NormalisedArticle {
  const text = normaliseText(source.text);
  return { ...source, text, id: contentHash(text), title: source.title?.trim() || null };
}
