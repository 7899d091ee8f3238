/*
 * Parses the text of one file into articles, by format. Pure: no file system access.
 * The format is chosen by extension (.json, .jsonl, .html, .md), then by content
 * (a `Key: value` header block, otherwise plain text).
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleSource } from '../contract.ts';
import { parseHtmlPage } from './parse-html.ts';

/** An article, with what the reader doubted about it; or why a file or record cannot be read. */
export type ParsedArticle =
  { ok: true; article: ArticleSource; warnings?: string[] } | { ok: false; reason: string; record?: number };

/** YAML front matter larger than this is not parsed (the YAML parser's work and stack grow with nesting). */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;

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

/** What a JSON or YAML value is, for messages ("a number", "an array"). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a date';
  const type = typeof value;
  return type === 'object' ? 'an object' : type === 'boolean' ? 'true or false' : `a ${type}`;
}

function metadataValue(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Metadata fields whose value is of a type that cannot be read as text, as warnings. */
function metadataWarnings(record: Record<string, unknown>): string[] {
  return Object.entries(record)
    .filter(
      ([key, value]) =>
        HEADER_KEYS[key.toLowerCase()] &&
        value !== null &&
        value !== undefined &&
        metadataValue(value) === null &&
        typeof value !== 'string',
    )
    .map(([key, value]) => `field "${key}" is ${kindOf(value)}, not text: ignored`);
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
  const fields: Omit<ArticleSource, 'file' | 'format' | 'text'> = {
    title: null,
    source: null,
    url: null,
    publishedAt: null,
  };
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
  if (!match)
    return {
      ok: true,
      article: { file, title: null, source: null, url: null, publishedAt: null, text, format: 'markdown' },
    };
  if (match[1]!.length > MAX_FRONT_MATTER_BYTES) {
    return {
      ok: false,
      reason: `YAML front matter of ${match[1]!.length} characters, over the limit of ${MAX_FRONT_MATTER_BYTES}`,
    };
  }
  let front: unknown;
  try {
    front = parseYaml(match[1]!);
  } catch (error) {
    return { ok: false, reason: `malformed YAML front matter: ${(error as Error).message.split('\n')[0]}` };
  }
  const record = front && typeof front === 'object' && !Array.isArray(front) ? (front as Record<string, unknown>) : {};
  return {
    ok: true,
    article: { file, ...fromRecord(record), text: text.slice(match[0].length), format: 'markdown' },
    warnings: metadataWarnings(record),
  };
}

function parseHtml(file: string, html: string): ParsedArticle {
  const page = parseHtmlPage(html);
  if (!page.text) return { ok: false, reason: 'HTML page holds no readable text' };
  const { publishedTime, warnings, ...fields } = page;
  return {
    ok: true,
    article: { file, ...fields, publishedAt: normaliseDate(publishedTime), format: 'html' },
    warnings,
  };
}

function fromJsonRecord(
  file: string,
  value: unknown,
  record: number | undefined,
  format: 'json' | 'jsonl',
): ParsedArticle {
  const where = record === undefined ? '' : ` (record ${record})`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      reason: `expected an object with a "text" field${where}`,
      ...(record !== undefined && { record }),
    };
  }
  const object = value as Record<string, unknown>;
  const field =
    ['text', 'body', 'content'].find((name) => object[name] !== undefined && object[name] !== null) ?? 'text';
  const body = object[field];
  const problem =
    body === undefined || body === null
      ? 'is missing'
      : typeof body !== 'string'
        ? `is ${kindOf(body)}, not text`
        : body.trim() === ''
          ? 'is empty'
          : null;
  if (problem !== null || typeof body !== 'string') {
    return { ok: false, reason: `field "${field}" ${problem}${where}`, ...(record !== undefined && { record }) };
  }
  return {
    ok: true,
    article: { file, ...(record !== undefined && { record }), ...fromRecord(object), text: body, format },
    warnings: metadataWarnings(object),
  };
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
    let records = 0;
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      records++;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        yield { ok: false, reason: `malformed JSON on line ${i + 1}: ${(error as Error).message}`, record: i };
        continue;
      }
      yield fromJsonRecord(file, value, i, 'jsonl');
    }
    if (records === 0) yield { ok: false, reason: 'JSONL file holds no records' };
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
    article: parseHeaderText(file, text) ?? {
      file,
      title: null,
      source: null,
      url: null,
      publishedAt: null,
      text,
      format: 'text',
    },
  };
}
