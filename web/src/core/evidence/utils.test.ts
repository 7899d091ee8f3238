import { describe, expect, it } from 'vitest';
import { articleIdOf, highlightParts, originalUrl, paragraphs, sourceNames } from './utils.ts';

const m = (start: number, end: number, surface: string) => ({ start, end, surface, key: 'k' });

describe('highlightParts', () => {
  it('should mark each mention and keep the text around it', () => {
    const text = 'Putin met Kim in Pyongyang.';
    expect(highlightParts({ text, mentions: [m(10, 13, 'Kim'), m(0, 5, 'Putin')] })).toEqual([
      { text: 'Putin', mark: true },
      { text: ' met ', mark: false },
      { text: 'Kim', mark: true },
      { text: ' in Pyongyang.', mark: false },
    ]);
  });
  it('should skip overlapping and out-of-range mentions', () => {
    const parts = highlightParts({
      text: 'North Korea',
      mentions: [m(0, 11, 'North Korea'), m(6, 11, 'Korea'), m(5, 99, 'x')],
    });
    expect(parts).toEqual([{ text: 'North Korea', mark: true }]);
  });
});

describe('sources', () => {
  it('should say plainly that a title or an outlet is missing, never guess one', () => {
    expect(sourceNames({ title: null, outlet: null })).toEqual({
      title: 'Untitled article',
      outlet: 'outlet not recorded',
      untitled: true,
    });
    expect(sourceNames({ title: ' Talks ', source: 'Example News' })).toEqual({
      title: 'Talks',
      outlet: 'Example News',
      untitled: false,
    });
  });

  it('should find the article of a sentence', () => {
    expect(articleIdOf('856400c25e8e5d7c:12')).toBe('856400c25e8e5d7c');
  });

  it('should rebuild paragraphs from the gaps between sentences', () => {
    const s = (index: number, start: number, end: number) => ({ id: `a:${index}`, index, text: 'x', start, end });
    expect(paragraphs([s(2, 40, 60), s(0, 0, 20), s(1, 21, 38)]).map((p) => p.map((x) => x.index))).toEqual([
      [0, 1],
      [2],
    ]);
  });

  it('should never link a scheme other than http(s)', () => {
    const article = { id: 'ab12', title: null, outlet: null, publishedAt: null, url: null };
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>1</script>',
      'file:///etc/passwd',
      'vbscript:x',
    ])
      expect(originalUrl({ ...article, url })).toBeNull();
    expect(originalUrl({ ...article, url: 'https://example.org/a' })).toBe('https://example.org/a');
  });
});
