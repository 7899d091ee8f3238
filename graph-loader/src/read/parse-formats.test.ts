import { describe, expect, it } from 'vitest';
import { parseArticleFile, normaliseDate, type ParsedArticle } from './parse-formats.ts';

function only(results: Generator<ParsedArticle>): ParsedArticle {
  const all = [...results];
  expect(all).toHaveLength(1);
  return all[0]!;
}

function article(result: ParsedArticle) {
  if (!result.ok) throw new Error(`expected an article, got: ${result.reason}`);
  return result.article;
}

describe('parseArticleFile', () => {
  it('should read plain text as it is, with no metadata', () => {
    const a = article(only(parseArticleFile('a.txt', 'Ministers met in Oslo.\n')));
    expect(a).toMatchObject({
      format: 'text',
      title: null,
      source: null,
      publishedAt: null,
      text: 'Ministers met in Oslo.\n',
    });
  });

  it('should read a Key: value header block and keep only the body as text', () => {
    const a = article(
      only(
        parseArticleFile(
          'a.txt',
          'Title: Talks resume\nSource: Example Wire\nURL: https://example.org/a\nDate: 2024-03-05\n\nThe talks resumed.',
        ),
      ),
    );
    expect(a).toMatchObject({
      format: 'header-text',
      title: 'Talks resume',
      source: 'Example Wire',
      url: 'https://example.org/a',
      publishedAt: '2024-03-05',
      text: 'The talks resumed.',
    });
  });

  it('should not mistake a first sentence with a colon for a header', () => {
    const a = article(only(parseArticleFile('a.txt', 'Breaking: the talks resumed today in Geneva.\n\nMore follows.')));
    expect(a.format).toBe('text');
  });

  it('should read Markdown front matter, with YAML dates turned into ISO dates', () => {
    const a = article(
      only(
        parseArticleFile('a.md', '---\ntitle: Summit\nsource: Daily\ndate: 2023-06-12\n---\n# Summit\n\nLeaders met.'),
      ),
    );
    expect(a).toMatchObject({ format: 'markdown', title: 'Summit', source: 'Daily', publishedAt: '2023-06-12' });
    expect(a.text).toBe('# Summit\n\nLeaders met.');
  });

  it('should extract the main text of an HTML page, and its metadata', () => {
    const html = `<html><head><title>Page</title><meta property="og:site_name" content="The Herald">
      <meta property="article:published_time" content="2024-10-08T10:00:00Z"></head>
      <body><nav>Home | World</nav><article><h1>Ceasefire talks</h1>
      <p>Negotiators from both sides met in Doha on Monday to discuss a ceasefire, officials said.</p>
      <p>The talks are expected to continue for several days, according to the mediators present.</p>
      </article><footer>Copyright</footer></body></html>`;
    const a = article(only(parseArticleFile('a.html', html)));
    expect(a).toMatchObject({ format: 'html', source: 'The Herald', publishedAt: '2024-10-08' });
    expect(a.text).toContain('Negotiators from both sides met in Doha on Monday');
    expect(a.text).not.toContain('Copyright');
  });

  it('should read a JSON array of articles, each with its record number', () => {
    const results = [
      ...parseArticleFile(
        'a.json',
        JSON.stringify([
          { title: 'One', text: 'First.' },
          { headline: 'Two', body: 'Second.', date: '2024-01-02' },
        ]),
      ),
    ];
    expect(results.map((r) => article(r).title)).toEqual(['One', 'Two']);
    expect(article(results[1]!)).toMatchObject({ record: 1, publishedAt: '2024-01-02', text: 'Second.' });
  });

  it('should name the reason for malformed JSON', () => {
    const result = only(parseArticleFile('a.json', '{"text": '));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^malformed JSON/);
  });

  it('should read JSONL line by line and report a bad line without losing the others', () => {
    const results = [...parseArticleFile('a.jsonl', '{"text":"One."}\nnot json\n{"title":"x"}\n{"text":"Three."}\n')];
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const reasons = results.filter((r) => !r.ok).map((r) => (!r.ok ? r.reason : ''));
    expect(reasons[0]).toMatch(/malformed JSON on line 2/);
    expect(reasons[1]).toMatch(/"text" is missing/);
  });
});

describe('normaliseDate', () => {
  it('should keep ISO dates and convert other date forms', () => {
    expect(normaliseDate('2024-06-25')).toBe('2024-06-25');
    expect(normaliseDate('June 25, 2024')).toMatch(/^2024-06-2[45]$/);
    expect(normaliseDate('not a date')).toBeNull();
  });
});
