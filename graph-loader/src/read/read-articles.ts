/*
 * Read stage: turns files and folders into ArticleSource records, one at a time (an async
 * generator, so a large corpus is never held in memory). Every problem with an input is yielded
 * as a ReadFailure naming the file and the reason; the other inputs go on.
 *
 * Formats: plain text; text opening with a `Key: value` header block (Title, Source, URL, Date)
 * and a blank line; Markdown with YAML front matter; HTML (main text by Readability); JSON (an
 * object or an array of objects) and JSONL with title/source/url/date/text fields.
 * A folder may hold a manifest.yaml mapping file names to metadata (title, source, url, publishedAt).
 * Folders are walked without recursion, each once: a folder reached again (a symbolic link loop,
 * or given twice) is skipped with a warning, and files keep their real path.
 */
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleSource } from '../contract.ts';
import { displayPath } from '../paths.ts';
import { parseArticleFile, kindOf, type ParsedArticle } from './parse-formats.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson'];
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MANIFEST_NAME = 'manifest.yaml';
/** A manifest larger than this is not parsed (the YAML parser's memory grows with nesting). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface ReadFailure {
  file: string;
  record?: number;
  reason: string;
}

/** Something the reader did that the user should know, though nothing failed. */
export interface ReadWarning {
  file: string;
  message: string;
}

export type ReadResult =
  | { kind: 'article'; article: ArticleSource; warnings: string[] }
  | { kind: 'failure'; failure: ReadFailure }
  | { kind: 'warning'; warning: ReadWarning };

export interface ReadOptions {
  maxFileBytes?: number;
}

type ManifestEntry = Partial<Pick<ArticleSource, 'title' | 'source' | 'url' | 'publishedAt'>>;

interface Manifest {
  entries: Record<string, ManifestEntry>;
  /** Why the manifest could not be used, when it exists but is unusable. */
  problem?: string;
}

function manifestEntry(value: Record<string, unknown>): ManifestEntry {
  const pick = (key: string): string | undefined => {
    const v = value[key];
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
    return typeof v === 'string' ? v : undefined;
  };
  const entry: ManifestEntry = {};
  for (const key of ['title', 'source', 'url', 'publishedAt'] as const) {
    const v = pick(key);
    if (v !== undefined) entry[key] = v;
  }
  return entry;
}

async function readManifest(folder: string): Promise<Manifest> {
  const file = path.join(folder, MANIFEST_NAME);
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > MAX_MANIFEST_BYTES)
      return { entries: {}, problem: `${info.size} bytes, over the limit of ${MAX_MANIFEST_BYTES}: not used` };
    text = await readFile(file, 'utf8');
  } catch {
    return { entries: {} };
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    return { entries: {}, problem: `malformed YAML, not used: ${(error as Error).message.split('\n')[0]}` };
  }
  if (parsed === null || parsed === undefined) return { entries: {} };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { entries: {}, problem: `expected file names mapped to metadata, found ${kindOf(parsed)}: not used` };
  }
  const entries: Record<string, ManifestEntry> = {};
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (value && typeof value === 'object' && !Array.isArray(value))
      entries[name] = manifestEntry(value as Record<string, unknown>);
  }
  return { entries };
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

/** The parser's results; should it throw (a bug, or a parser's limit we did not foresee), one failure saying so. */
function* safely(results: Generator<ParsedArticle>): Generator<ParsedArticle> {
  try {
    yield* results;
  } catch (error) {
    yield { ok: false, reason: `could not be parsed: ${(error as Error).message?.split('\n')[0] ?? String(error)}` };
  }
}

/** A file's identity that names no path: the SHA-256 of its absolute path (by its real path when it has one). */
function originOf(file: string): string {
  return createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 32);
}

/**
 * Reads one file into article sources, or says why it cannot be read. `shown` names the file in
 * articles and messages (by default its path relative to the working directory).
 */
export async function* readArticleFile(
  file: string,
  manifestEntry: ManifestEntry | undefined,
  options: ReadOptions = {},
  shown = displayPath(file),
): AsyncGenerator<ReadResult> {
  const fail = (reason: string, record?: number): ReadResult => ({
    kind: 'failure',
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
  const origin = originOf(file);
  for (const parsed of safely(parseArticleFile(shown, text))) {
    if (!parsed.ok) {
      yield fail(parsed.reason, parsed.record);
      continue;
    }
    const article = parsed.article;
    yield {
      kind: 'article',
      warnings: parsed.warnings ?? [],
      article: {
        ...article,
        origin,
        title: article.title ?? manifestEntry?.title ?? null,
        source: article.source ?? manifestEntry?.source ?? null,
        url: article.url ?? manifestEntry?.url ?? null,
        publishedAt: article.publishedAt ?? manifestEntry?.publishedAt ?? null,
      },
    };
  }
}

/** A file to read (its real path, and its path within the corpus), with its folder's manifest entry; or a failure or warning met on the way. */
type Found =
  | { kind: 'file'; file: string; shown: string; manifestEntry: ManifestEntry | undefined }
  | Exclude<ReadResult, { kind: 'article' }>;

function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/**
 * The article files under the targets, in a stable order, each by its real path (symbolic links
 * resolved) and its path within the corpus: the target folder's name and the path below it
 * ("news/2024/a.txt"), whatever the working directory, so the graph never holds a server's absolute
 * paths. A folder already visited, through a symbolic link or given twice, is skipped with a
 * warning, so a link loop ends at once and no file is read twice. Never recurses on the folders' depth.
 */
export async function* findArticleFiles(targets: string[]): AsyncGenerator<Found> {
  const visited = new Set<string>();
  const failure = (file: string, reason: string): Found => ({
    kind: 'failure',
    failure: { file: displayPath(file), reason },
  });
  for (const target of targets) {
    // Folders to read, depth first; `given` is how the user reached it (for messages), `shown` the same within the corpus.
    const folders: { given: string; real: string; shown: string }[] = [];
    let real: string;
    try {
      real = await realpath(target);
      const info = await stat(real);
      if (info.isFile()) {
        const manifest = await readManifest(path.dirname(real));
        const manifestEntry = manifest.entries[path.basename(target)] ?? manifest.entries[path.basename(real)];
        yield { kind: 'file', file: real, shown: path.basename(real), manifestEntry };
        continue;
      }
    } catch (error) {
      yield failure(target, describeFsError(error));
      continue;
    }
    const root = { real, name: path.basename(real) };
    // Within the corpus: below the target by its real path, else (a link out of it) as reached.
    const corpusPath = (fileReal: string, reached: string): string => {
      const below = path.relative(root.real, fileReal);
      return below.startsWith('..') || path.isAbsolute(below) ? reached : path.join(root.name, below);
    };
    folders.push({ given: target, real, shown: root.name });
    while (folders.length > 0) {
      const folder = folders.pop()!;
      if (visited.has(folder.real)) {
        yield {
          kind: 'warning',
          warning: {
            file: displayPath(folder.given),
            message: `folder already read (it is ${displayPath(folder.real)}): skipped`,
          },
        };
        continue;
      }
      visited.add(folder.real);
      let names: string[];
      try {
        names = (await readdir(folder.real)).sort();
      } catch (error) {
        yield failure(folder.given, describeFsError(error));
        continue;
      }
      const manifest = await readManifest(folder.real);
      if (manifest.problem)
        yield {
          kind: 'warning',
          warning: { file: displayPath(path.join(folder.given, MANIFEST_NAME)), message: manifest.problem },
        };
      const subfolders: typeof folders = [];
      let files = 0;
      for (const name of names) {
        if (name.startsWith('.') || name === MANIFEST_NAME) continue;
        const child = path.join(folder.real, name);
        const childReal = await realpath(child).catch(() => null);
        const childInfo = childReal === null ? undefined : await stat(childReal).catch(() => undefined);
        if (childInfo?.isDirectory()) {
          subfolders.push({
            given: path.join(folder.given, name),
            real: childReal!,
            shown: path.join(folder.shown, name),
          });
        } else if (isArticleFile(name)) {
          files++;
          if (childReal === null) yield failure(path.join(folder.given, name), 'no such file or folder');
          else {
            const shown = corpusPath(childReal, path.join(folder.shown, name));
            yield { kind: 'file', file: childReal, shown, manifestEntry: manifest.entries[name] };
          }
        }
      }
      if (files === 0 && subfolders.length === 0) {
        yield failure(folder.given, `folder holds no articles (looked for ${ARTICLE_EXTENSIONS.join(' ')})`);
      }
      // Depth first, in name order: push in reverse.
      for (let i = subfolders.length - 1; i >= 0; i--) folders.push(subfolders[i]!);
    }
  }
}

/** Read stage: every article in the given files and folders, in a stable order. */
export async function* readArticles(targets: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for await (const found of findArticleFiles(targets)) {
    if (found.kind === 'file') yield* readArticleFile(found.file, found.manifestEntry, options, found.shown);
    else yield found;
  }
}

/** How many article files the targets hold (for a progress bar; JSON and JSONL files count once). */
export async function countArticleFiles(targets: string[]): Promise<number> {
  let count = 0;
  for await (const found of findArticleFiles(targets)) if (found.kind === 'file') count++;
  return count;
}
