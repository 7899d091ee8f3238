import { describe, expect, it } from 'vitest';
import { highlightParts, sourceHref } from './utils.ts';

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

describe('sourceHref', () => {
  it('should link the URL, else the article text', () => {
    const article = { id: 'ab12', title: null, outlet: null, publishedAt: null, url: null };
    expect(sourceHref(article)).toBe('/api/articles/ab12/text');
    expect(sourceHref({ ...article, url: 'https://example.org/a' })).toBe('https://example.org/a');
  });

  it('should never link a scheme other than http(s)', () => {
    const article = { id: 'ab12', title: null, outlet: null, publishedAt: null, url: null };
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>1</script>', 'file:///etc/passwd', 'vbscript:x'])
      expect(sourceHref({ ...article, url })).toBe('/api/articles/ab12/text');
  });
});
