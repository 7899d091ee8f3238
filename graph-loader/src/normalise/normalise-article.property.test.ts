/*
 * Property-based tests of the normaliser with hostile input: one-line metadata keeps no control or
 * bidirectional character and no line break; text keeps none but tab and line feed; both are
 * idempotent, and the article id is the hash of the normalised text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentHash, normaliseArticle, normaliseLine, normaliseText } from './normalise-article.ts';
import { hostileText } from '../../../testing/hostile-text.ts';

// eslint-disable-next-line no-control-regex -- the characters the normaliser must remove
const LINE_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- the characters the normaliser must remove
const TEXT_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('normaliseLine with hostile input', () => {
  it('should leave no control character, bidirectional control or line break, trimmed, and change nothing the second time', () => {
    fc.assert(
      fc.property(hostileText(), (value) => {
        const line = normaliseLine(value);
        if (line === null) return;
        expect(line).not.toMatch(LINE_UNSAFE);
        expect(line).toBe(line.trim());
        expect(line).not.toBe('');
        expect(normaliseLine(line)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });

  it('should strip a bell and a right-to-left override from a title', () => {
    expect(normaliseLine('Talks \u202Eresume\u0007 in\nGeneva')).toBe('Talks resume in Geneva');
    expect(normaliseLine('\u0007\u202E ')).toBeNull();
  });
});

describe('normaliseText and normaliseArticle with hostile input', () => {
  it('should keep only tab and line feed of the control characters, and be idempotent', () => {
    fc.assert(
      fc.property(hostileText(), (value) => {
        const text = normaliseText(value);
        expect(text).not.toMatch(TEXT_UNSAFE);
        expect(normaliseText(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('should give the article the hash of its normalised text and one-line metadata', () => {
    fc.assert(
      fc.property(hostileText(), hostileText(6), hostileText(6), (text, title, source) => {
        const article = normaliseArticle({
          file: 'a.txt',
          title,
          source,
          url: null,
          publishedAt: null,
          text,
          format: 'text',
        });
        expect(article.id).toBe(contentHash(normaliseText(text)));
        for (const line of [article.title, article.source]) if (line !== null) expect(line).not.toMatch(LINE_UNSAFE);
      }),
      { numRuns: 300 },
    );
  });
});
