/*
 * Property-based tests of the readers' parsing with hostile input: whatever a file holds, parsing
 * never throws, every article has text and every failure a reason; scripts, frames and styles never
 * become text; markup nested past the limit is read as plain text with a warning, never a stack overflow.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticleFile, type ParsedArticle } from './parse-formats.ts';
import { MAX_MARKUP_DEPTH } from './parse-html.ts';
import { hostileJson, hostilePage, hostileText } from '../../../testing/hostile-text.ts';

function checkResults(results: ParsedArticle[]): void {
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) {
    if (result.ok) {
      // Text may be empty here (a text file of blanks); the pipeline fails it after normalisation.
      expect(typeof result.article.text).toBe('string');
      for (const key of ['title', 'source', 'url', 'publishedAt'] as const) {
        expect(result.article[key] === null || typeof result.article[key] === 'string').toBe(true);
      }
    } else {
      expect(result.reason.length).toBeGreaterThan(0);
    }
  }
}

describe('parseArticleFile with hostile input', () => {
  it('should never throw, whatever the file holds and whatever its extension', () => {
    fc.assert(
      fc.property(fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.json', 'a.jsonl'), hostileText(), (name, text) => {
        checkResults([...parseArticleFile(name, text)]);
      }),
      { numRuns: 300 },
    );
  });

  it('should read pages with scripts, frames and deep nesting (closed or not) without their code, warning past the depth limit', () => {
    fc.assert(
      fc.property(hostilePage, ({ html, depth }) => {
        const results = [...parseArticleFile('page.html', html)];
        checkResults(results);
        for (const result of results) {
          if (!result.ok) continue;
          for (const marker of ['SCRIPT-TEXT', 'FRAME-TEXT', 'window.__leak'])
            expect(result.article.text).not.toContain(marker);
          const deep = (result.warnings ?? []).some((w) => /^markup nested \d+ deep, over the limit of/.test(w));
          expect(deep).toBe(depth + 3 > MAX_MARKUP_DEPTH); // html, body, the divs, then p
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('should read JSON of any shape and type as articles or failures with reasons', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, fc.array(hostileJson, { maxLength: 4 })), fc.boolean(), (value, lines) => {
        const text =
          lines && Array.isArray(value) ? value.map((v) => JSON.stringify(v)).join('\n') : JSON.stringify(value);
        if (text === undefined || text.trim() === '') return;
        checkResults([...parseArticleFile(lines ? 'a.jsonl' : 'a.json', text)]);
      }),
      { numRuns: 300 },
    );
  });

  it('should name the wrong type of a text field, not call it missing', () => {
    expect([...parseArticleFile('a.json', '{"text": 12345}')]).toEqual([
      { ok: false, reason: 'field "text" is a number, not text' },
    ]);
    expect([...parseArticleFile('a.json', '[{"body": ["x"]}]')]).toEqual([
      { ok: false, reason: 'field "body" is an array, not text (record 0)', record: 0 },
    ]);
    expect([...parseArticleFile('a.json', '{"title": "x"}')]).toEqual([
      { ok: false, reason: 'field "text" is missing' },
    ]);
    const [withBadTitle] = [...parseArticleFile('a.json', '{"text": "Talks resumed.", "title": {"a": 1}}')];
    expect(withBadTitle).toMatchObject({
      ok: true,
      article: { title: null },
      warnings: ['field "title" is an object, not text: ignored'],
    });
  });

  it('should read 5,000 unclosed nested elements as plain text with a warning', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}Delegates from Chile met in Santiago.</body></html>`;
    const [result] = [...parseArticleFile('deep.html', html)];
    expect(result).toMatchObject({ ok: true, article: { text: 'Delegates from Chile met in Santiago.' } });
    expect(result!.ok && result!.warnings).toEqual([
      `markup nested 5002 deep, over the limit of ${MAX_MARKUP_DEPTH}: read as the page's plain text`,
    ]);
  });
});
