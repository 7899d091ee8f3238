/*
 * Normalise stage: one canonical form of the article text, and an id that is the hash of that text.
 * Only representation changes here (BOM, line endings, Unicode composition, control characters,
 * runs of blank lines); quotes, dashes and words are kept exactly, so evidence stays verbatim.
 * Metadata shown on one line (title, outlet, URL) also loses bidirectional overrides and line
 * breaks, so a title cannot reorder or forge what is printed after it; a URL that is not http(s)
 * (javascript:, data:, file:) is dropped.
 */
import { createHash } from 'node:crypto';
import type { ArticleSource, NormalisedArticle } from '../contract.ts';
import { httpUrl } from '#model/links.ts';

/** C0 controls but tab and line breaks, DEL, and the C1 controls (0x80–0x9F, which include a terminal's CSI). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const TEXT_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Every control character, the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const LINE_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]+/g;

/** Returns the article's text in canonical form. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(TEXT_CONTROLS, '')
    .normalize('NFC')
    .replace(/[ \t\u00A0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A metadata value for one line: control characters, bidirectional controls and line breaks become
 * a space, runs of white space one space. Null when nothing is left.
 */
export function normaliseLine(value: string | null): string | null {
  if (value === null) return null;
  const line = value.normalize('NFC').replace(LINE_CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

/** sha256 of the text, as the first 16 hex characters: the Article id. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** Normalise stage: cleans the text and the one-line metadata, and gives the article its content-hash id. */
export function normaliseArticle(source: ArticleSource): NormalisedArticle {
  const text = normaliseText(source.text);
  return {
    ...source,
    text,
    id: contentHash(text),
    title: normaliseLine(source.title),
    source: normaliseLine(source.source),
    url: httpUrl(normaliseLine(source.url)),
  };
}
