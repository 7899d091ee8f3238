/*
 * Property-based tests of the sentence splitter with hostile input: sentences are in order, do not
 * overlap, are their text's exact slice, trimmed, cover every visible character, and respect the
 * length limit when given one; a 1 MB line and 200,000 abbreviations are split too.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SENTENCE_CHARS, splitSentences } from './split-sentences.ts';
import { normaliseText } from '../normalise/normalise-article.ts';
import { hostileText, newsLikeText } from '../../../testing/hostile-text.ts';
import type { SentenceSpan } from '../contract.ts';

function checkSpans(text: string, sentences: SentenceSpan[], max = Number.POSITIVE_INFINITY): void {
  let previousEnd = 0;
  const covered = new Uint8Array(text.length);
  for (const [i, s] of sentences.entries()) {
    expect(s.index).toBe(i);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeLessThanOrEqual(max);
    covered.fill(1, s.start, s.end);
    previousEnd = s.end;
  }
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) expect(covered[i]).toBe(1);
}

describe('splitSentences with hostile input', () => {
  it('should give ordered, exact, trimmed sentences covering all the text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(), newsLikeText()), (raw) => {
        const text = normaliseText(raw);
        checkSpans(text, splitSentences(text));
      }),
      { numRuns: 300 },
    );
  });

  it('should cut sentences longer than the limit, and say so', () => {
    fc.assert(
      fc.property(newsLikeText(200), fc.integer({ min: 20, max: 120 }), (raw, max) => {
        const text = normaliseText(raw);
        const said: string[] = [];
        const sentences = splitSentences(text, { maxSentenceChars: max, onLimit: (m) => said.push(m) });
        checkSpans(text, sentences, max);
        expect(said.length).toBe(splitSentences(text).some((s) => s.text.length > max) ? 1 : 0);
      }),
      { numRuns: 200 },
    );
  });

  it('should split a 1 MB line with no punctuation into pieces within the limit', () => {
    const text = 'Delegates and observers from Chile and Peru '.repeat(24_000);
    const said: string[] = [];
    const sentences = splitSentences(text.trim(), {
      maxSentenceChars: MAX_SENTENCE_CHARS,
      onLimit: (m) => said.push(m),
    });
    expect(sentences.length).toBeGreaterThanOrEqual(text.length / MAX_SENTENCE_CHARS);
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(said).toEqual([expect.stringMatching(/^\d+ cuts in sentences longer than 2000 characters/)]);
  });

  it('should join 200,000 abbreviations and split 100,000 short sentences (work linear in the text)', () => {
    const abbreviations = 'Gen. '.repeat(200_000).trim();
    expect(splitSentences(abbreviations, { maxSentenceChars: MAX_SENTENCE_CHARS }).length).toBeLessThan(1_000);
    const short = 'Talks resumed. '.repeat(100_000).trim();
    expect(splitSentences(short)).toHaveLength(100_000);
  });
});
