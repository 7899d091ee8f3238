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
  for (const r of results) if (!r.ok && r.failure.file.endsWith(name)) return r.failure.reason;
  return undefined;
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
    const good = results.filter((r) => r.ok);
    expect(good).toHaveLength(1);
    expect(good[0]!.ok && good[0]!.article).toMatchObject({ publishedAt: '2024-02-03', source: 'Wire' });
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
