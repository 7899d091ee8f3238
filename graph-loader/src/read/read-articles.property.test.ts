/*
 * Property-based test of the read stage on real files: folders of files with hostile names (control
 * characters, escape sequences, right-to-left overrides, emoji) and hostile content in every format.
 * Reading never throws, and every file ends as articles or as failures that name it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { readArticles, type ReadResult } from './read-articles.ts';
import { CONTROL_PIECES, hostileJson, hostileText } from '../../../testing/hostile-text.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'newsgraph-hostile-read-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A file name stem: hostile characters that a Linux file name may hold (no NUL, no slash). */
const stem = fc
  .array(fc.oneof(fc.constantFrom(...CONTROL_PIECES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) =>
    parts
      .join('')
      // eslint-disable-next-line no-control-regex -- a file name may hold any byte but NUL and slash
      .replace(/[\u0000/]/g, '_')
      .replace(/[\ud800-\udfff]/g, '_')
      .slice(0, 60),
  )
  .filter((name) => name !== '.' && name !== '..' && !name.startsWith('.'));

const file = fc.record({
  stem,
  extension: fc.constantFrom('.txt', '.md', '.html', '.json', '.jsonl'),
  content: fc.oneof(
    hostileText(40),
    hostileJson.map((v) => JSON.stringify(v) ?? ''),
  ),
});

describe('readArticles over hostile files', () => {
  it('should never throw, and account for every file as articles or failures naming it', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(file, { maxLength: 6, selector: (f) => (f.stem + f.extension).toLowerCase() }),
        async (files) => {
          const folder = path.join(root, `run-${run++}`);
          mkdirSync(folder);
          const names = files.map((f) => f.stem + f.extension);
          files.forEach((f, i) => writeFileSync(path.join(folder, names[i]!), f.content));
          const results: ReadResult[] = [];
          for await (const result of readArticles([folder])) results.push(result);
          for (const name of names) {
            const about = results.filter((r) =>
              r.kind === 'article'
                ? path.basename(r.article.file) === name
                : r.kind === 'failure' && path.basename(r.failure.file) === name,
            );
            expect(about.length, `results for ${JSON.stringify(name)}`).toBeGreaterThan(0);
          }
          for (const r of results) if (r.kind === 'failure') expect(r.failure.reason).not.toBe('');
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
