/*
 * Read stage: turns files and folders into ArticleSource records, one at a time (an async
 * generator, so a large corpus is never held in memory). Every problem with an input is yielded
 * as a ReadFailure naming the file and the reason; the other inputs go on.
 *
 * Formats: plain text; text opening with a `Key: value` header block (Title, Source, URL, Date)
 * and a blank line; Markdown with YAML front matter; HTML (main text by Readability); JSON (an
 * object or an array of objects) and JSONL with title/source/url/date/text fields.
 * A folder may hold a manifest.yaml mapping file names to metadata (title, source, url, publishedAt).
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleSource } from '../contract.ts';
import { displayPath } from '../paths.ts';
import { parseArticleFile } from './parse-formats.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson'];
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MANIFEST_NAME = 'manifest.yaml';

export interface ReadFailure {
  file: string;
  record?: number;
  reason: string;
}

export type ReadResult = { ok: true; article: ArticleSource } | { ok: false; failure: ReadFailure };

export interface ReadOptions {
  maxFileBytes?: number;
}

type ManifestEntry = Partial<Pick<ArticleSource, 'title' | 'source' | 'url' | 'publishedAt'>>;

async function readManifest(folder: string): Promise<Record<string, ManifestEntry>> {
  const file = path.join(folder, MANIFEST_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = parseYaml(text);
  if (!parsed || typeof parsed !== 'object') return {};
  const manifest: Record<string, ManifestEntry> = {};
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const entry = value as Record<string, unknown>;
    const pick = (key: string): string | undefined => {
      const v = entry[key];
      if (v instanceof Date) return v.toISOString().slice(0, 10);
      return typeof v === 'string' ? v : undefined;
    };
    manifest[name] = {
      ...(pick('title') !== undefined && { title: pick('title') }),
      ...(pick('source') !== undefined && { source: pick('source') }),
      ...(pick('url') !== undefined && { url: pick('url') }),
      ...(pick('publishedAt') !== undefined && { publishedAt: pick('publishedAt') }),
    };
  }
  return manifest;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read it: permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot read it: ${(error as Error).message}`;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return sample.length > 0 && control / sample.length > 0.1;
}

function invalidUtf8Offset(bytes: Uint8Array): number | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    // Find the first bad byte for the message: decode growing prefixes is too slow; scan instead.
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i]!;
      const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
      if (length === 0) return i;
      for (let k = 1; k < length; k++) if (i + k >= bytes.length || bytes[i + k]! >> 6 !== 0b10) return i;
      i += length;
    }
    return 0;
  }
}

/** Reads one file into article sources, or says why it cannot be read. */
export async function* readArticleFile(
  file: string,
  manifestEntry: ManifestEntry | undefined,
  options: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  const shown = displayPath(file);
  const fail = (reason: string, record?: number): ReadResult => ({
    ok: false,
    failure: { file: shown, reason, ...(record !== undefined && { record }) },
  });
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.size > maxBytes) {
      yield fail(
        `file is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit (--max-file-mb raises it)`,
      );
      return;
    }
    const handle = await open(file, 'r');
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    yield fail(describeFsError(error));
    return;
  }
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    yield fail('empty file');
    return;
  }
  if (looksBinary(bytes)) {
    yield fail('binary file, not text');
    return;
  }
  const badByte = invalidUtf8Offset(bytes);
  if (badByte !== null) {
    yield fail(`invalid UTF-8 at byte ${badByte}`);
    return;
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  for (const parsed of parseArticleFile(shown, text)) {
    if (!parsed.ok) {
      yield fail(parsed.reason, parsed.record);
      continue;
    }
    const article = parsed.article;
    yield {
      ok: true,
      article: {
        ...article,
        title: article.title ?? manifestEntry?.title ?? null,
        source: article.source ?? manifestEntry?.source ?? null,
        url: article.url ?? manifestEntry?.url ?? null,
        publishedAt: article.publishedAt ?? manifestEntry?.publishedAt ?? null,
      },
    };
  }
}

async function* walk(target: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    yield { ok: false, failure: { file: displayPath(target), reason: describeFsError(error) } };
    return;
  }
  if (info.isFile()) {
    const manifest = await readManifest(path.dirname(target));
    yield* readArticleFile(target, manifest[path.basename(target)], options);
    return;
  }
  let names: string[];
  try {
    names = (await readdir(target)).sort();
  } catch (error) {
    yield { ok: false, failure: { file: displayPath(target), reason: describeFsError(error) } };
    return;
  }
  const manifest = await readManifest(target);
  let found = 0;
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const child = path.join(target, name);
    const childInfo = await stat(child).catch(() => undefined);
    if (childInfo?.isDirectory()) {
      for await (const result of walk(child, options)) {
        found++;
        yield result;
      }
    } else if (ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase())) {
      for await (const result of readArticleFile(child, manifest[name], options)) {
        found++;
        yield result;
      }
    }
  }
  if (found === 0) {
    yield {
      ok: false,
      failure: { file: displayPath(target), reason: `folder holds no articles (looked for ${ARTICLE_EXTENSIONS.join(' ')})` },
    };
  }
}

/** Read stage: every article in the given files and folders, in a stable order. */
export async function* readArticles(targets: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const target of targets) yield* walk(target, options);
}

/** How many article files the targets hold (for a progress bar; JSON and JSONL files count once). */
export async function countArticleFiles(targets: string[]): Promise<number> {
  let count = 0;
  const visit = async (target: string): Promise<void> => {
    const info = await stat(target).catch(() => undefined);
    if (!info) return;
    if (info.isFile()) {
      count++;
      return;
    }
    if (!info.isDirectory()) return;
    const names = await readdir(target).catch(() => [] as string[]);
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const child = path.join(target, name);
      if (ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase())) count++;
      else if ((await stat(child).catch(() => undefined))?.isDirectory()) await visit(child);
    }
  };
  for (const target of targets) await visit(target);
  return count;
}
