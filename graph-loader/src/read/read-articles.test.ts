import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readArticles, type ReadResult } from './read-articles.ts';

let folder: string;

async function collect(targets: string[], options = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readArticles(targets, options)) results.push(result);
  return results;
}

function reasonFor(results: ReadResult[], name: string): string | undefined {
  for (const r of results) if (r.kind === 'failure' && r.failure.file.endsWith(name)) return r.failure.reason;
  return undefined;
}

function articles(results: ReadResult[]) {
  return results.flatMap((r) => (r.kind === 'article' ? [r.article] : []));
}

function warnings(results: ReadResult[]) {
  return results.flatMap((r) => (r.kind === 'warning' ? [r.warning] : []));
}

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-read-'));
  writeFileSync(path.join(folder, 'good.txt'), 'Officials met in Geneva on Monday.');
  writeFileSync(path.join(folder, 'empty.txt'), '');
  writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 society', 'latin1'));
  writeFileSync(path.join(folder, 'broken.json'), '{"title": "x", ');
  writeFileSync(path.join(folder, 'huge.txt'), '');
  truncateSync(path.join(folder, 'huge.txt'), 50 * 1024 * 1024);
  symlinkSync(path.join(folder, 'does-not-exist.txt'), path.join(folder, 'dangling.txt'));
  mkdirSync(path.join(folder, 'nothing-here'));
  writeFileSync(path.join(folder, 'nothing-here', 'notes.csv'), 'a,b');
  writeFileSync(path.join(folder, 'manifest.yaml'), 'good.txt:\n  publishedAt: 2024-02-03\n  source: Wire\n');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readArticles', () => {
  it('should read the good file with its manifest metadata and name every bad one with its reason', async () => {
    const results = await collect([folder]);
    const good = articles(results);
    expect(good).toHaveLength(1);
    expect(good[0]).toMatchObject({ publishedAt: '2024-02-03', source: 'Wire' });
    expect(reasonFor(results, 'empty.txt')).toBe('empty file');
    expect(reasonFor(results, 'binary.txt')).toBe('binary file, not text');
    expect(reasonFor(results, 'latin1.txt')).toBe('invalid UTF-8 at byte 3');
    expect(reasonFor(results, 'broken.json')).toMatch(/^malformed JSON/);
    expect(reasonFor(results, 'huge.txt')).toMatch(/50\.0 MB, over the 10 MB limit/);
    expect(reasonFor(results, 'dangling.txt')).toBe('no such file or folder');
    expect(reasonFor(results, 'nothing-here')).toMatch(/^folder holds no articles/);
  });

  it('should say that a missing path does not exist', async () => {
    const results = await collect([path.join(folder, 'nope')]);
    expect(results).toHaveLength(1);
    expect(reasonFor(results, 'nope')).toBe('no such file or folder');
  });
});

describe('readArticles and symbolic links', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'newsgraph-links-'));
    mkdirSync(path.join(root, 'corpus', 'inner'), { recursive: true });
    writeFileSync(path.join(root, 'corpus', 'a.txt'), 'Officials met in Geneva on Monday.');
    writeFileSync(path.join(root, 'corpus', 'inner', 'b.txt'), 'Officials met in Vienna on Tuesday.');
    // A loop (inner/up -> corpus) and a second way into the same folder (alias -> inner).
    symlinkSync(path.join(root, 'corpus'), path.join(root, 'corpus', 'inner', 'up'));
    symlinkSync(path.join(root, 'corpus', 'inner'), path.join(root, 'corpus', 'alias'));
    mkdirSync(path.join(root, 'plain'));
    writeFileSync(path.join(root, 'plain', 'c.txt'), 'Officials met in Prague on Friday.');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('should read each folder once, skip a folder reached again with one warning, and keep real paths', async () => {
    const results = await collect([path.join(root, 'corpus')]);
    const files = articles(results).map((a) => path.basename(a.file));
    expect(files.sort()).toEqual(['a.txt', 'b.txt']);
    for (const a of articles(results)) expect(a.file).not.toMatch(/alias|up/);
    const skipped = warnings(results);
    expect(skipped).toHaveLength(2);
    for (const w of skipped) expect(w.message).toMatch(/^folder already read \(it is .*\): skipped$/);
    expect(results.filter((r) => r.kind === 'failure')).toEqual([]);
  });

  it('should skip a folder given twice', async () => {
    const results = await collect([path.join(root, 'plain'), path.join(root, 'plain')]);
    expect(articles(results)).toHaveLength(1);
    expect(warnings(results).map((w) => w.message)).toEqual([expect.stringMatching(/^folder already read/)]);
  });
});

describe('readArticles and manifests', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'newsgraph-manifest-'));
    writeFileSync(path.join(root, 'a.txt'), 'Officials met in Geneva on Monday.');
    writeFileSync(path.join(root, 'manifest.yaml'), 'a.txt: [unclosed\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('should read the articles of a folder whose manifest is malformed, and warn about the manifest', async () => {
    const results = await collect([root]);
    expect(articles(results)).toHaveLength(1);
    expect(warnings(results)).toEqual([
      { file: expect.stringMatching(/manifest\.yaml$/), message: expect.stringMatching(/^malformed YAML, not used/) },
    ]);
  });
});
