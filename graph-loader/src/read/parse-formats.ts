/*
 * Parses the text of one file into articles, by format. Pure: no file system access.
 * The format is chosen by extension (.json, .jsonl, .html, .md), then by content
 * (a `Key: value` header block, otherwise plain text).
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleSource } from '../contract.ts';

export type ParsedArticle =
  | { ok: true; article: ArticleSource }
  | { ok: false; reason: string; record?: number };

const HEADER_KEYS: Record<string, keyof Pick<ArticleSource, 'title' | 'source' | 'url' | 'publishedAt'>> = {
  title: 'title',
  headline: 'title',
  source: 'source',
  outlet: 'source',
  publisher: 'source',
  url: 'url',
  link: 'url',
  date: 'publishedAt',
  published: 'publishedAt',
  publishedat: 'publishedAt',
  published_at: 'publishedAt',
};

function metadataValue(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Turns a date written in any common form into YYYY-MM-DD (or keeps a full ISO timestamp). */
export function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return null;
  return parsed.toISOString().slice(0, 10);
}

function fromRecord(record: Record<string, unknown>): Omit<ArticleSource, 'file' | 'format' | 'text'> {
  const fields: Omit<ArticleSource, 'file' | 'format' | 'text'> = { title: null, source: null, url: null, publishedAt: null };
  for (const [key, value] of Object.entries(record)) {
    const field = HEADER_KEYS[key.toLowerCase()];
    if (field && fields[field] === null) fields[field] = metadataValue(value);
  }
  fields.publishedAt = normaliseDate(fields.publishedAt);
  return fields;
}

function parseHeaderText(file: string, text: string): ArticleSource | null {
  const match = /^((?:[A-Za-z][A-Za-z _-]{0,30}:[^\n]*\n)+)\n/.exec(text);
  if (!match) return null;
  const header: Record<string, string> = {};
  for (const line of match[1]!.trimEnd().split('\n')) {
    const colon = line.indexOf(':');
    header[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const known = Object.keys(header).filter((k) => HEADER_KEYS[k.toLowerCase()]);
  if (known.length === 0) return null;
  return { file, ...fromRecord(header), text: text.slice(match[0].length), format: 'header-text' };
}

function parseMarkdown(file: string, text: string): ParsedArticle {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { ok: true, article: { file, title: null, source: null, url: null, publishedAt: null, text, format: 'markdown' } };
  let front: unknown;
  try {
    front = parseYaml(match[1]!);
  } catch (error) {
    return { ok: false, reason: `malformed YAML front matter: ${(error as Error).message.split('\n')[0]}` };
  }
  const record = front && typeof front === 'object' ? (front as Record<string, unknown>) : {};
  return { ok: true, article: { file, ...fromRecord(record), text: text.slice(match[0].length), format: 'markdown' } };
}

function parseHtml(file: string, html: string): ParsedArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | null => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const reader = new Readability(document, { charThreshold: 100 });
  const parsed = reader.parse();
  // Readability keeps paragraphs as elements; rebuild the text with a blank line between blocks.
  let text = '';
  if (parsed?.content) {
    const { document: body } = parseHTML(`<html><body>${parsed.content}</body></html>`);
    const blocks = [...body.querySelectorAll('h1,h2,h3,h4,p,li,blockquote,pre')]
      .filter((el) => !el.querySelector('p,li'))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    text = blocks.length > 0 ? blocks.join('\n\n') : (parsed.textContent ?? '').trim();
  }
  if (!text) text = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, reason: 'HTML page holds no readable text' };
  return {
    ok: true,
    article: {
      file,
      title: meta('meta[property="og:title"]') ?? parsed?.title?.trim() ?? document.querySelector('title')?.textContent?.trim() ?? null,
      source: meta('meta[property="og:site_name"]') ?? parsed?.siteName ?? null,
      url: meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      publishedAt: normaliseDate(meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]')),
      text,
      format: 'html',
    },
  };
}

function fromJsonRecord(file: string, value: unknown, record: number | undefined, format: 'json' | 'jsonl'): ParsedArticle {
  const where = record === undefined ? '' : ` (record ${record})`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: `expected an object with a "text" field${where}`, ...(record !== undefined && { record }) };
  }
  const object = value as Record<string, unknown>;
  const body = object.text ?? object.body ?? object.content;
  if (typeof body !== 'string' || body.trim() === '') {
    return { ok: false, reason: `field "text" is missing or empty${where}`, ...(record !== undefined && { record }) };
  }
  return { ok: true, article: { file, ...(record !== undefined && { record }), ...fromRecord(object), text: body, format } };
}

/** Parses one file's text into one or more articles (or the reasons they cannot be read). */
export function* parseArticleFile(file: string, text: string): Generator<ParsedArticle> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { ok: false, reason: `malformed JSON: ${(error as Error).message}` };
      return;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) yield { ok: false, reason: 'JSON array holds no articles' };
      for (const [i, item] of value.entries()) yield fromJsonRecord(file, item, i, 'json');
    } else {
      yield fromJsonRecord(file, value, undefined, 'json');
    }
    return;
  }
  if (extension === '.jsonl' || extension === '.ndjson') {
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        yield { ok: false, reason: `malformed JSON on line ${i + 1}: ${(error as Error).message}`, record: i };
        continue;
      }
      yield fromJsonRecord(file, value, i, 'jsonl');
    }
    return;
  }
  if (extension === '.html' || extension === '.htm') {
    yield parseHtml(file, text);
    return;
  }
  if (extension === '.md' || extension === '.markdown') {
    yield parseMarkdown(file, text);
    return;
  }
  yield {
    ok: true,
    article: parseHeaderText(file, text) ?? { file, title: null, source: null, url: null, publishedAt: null, text, format: 'text' },
  };
}
