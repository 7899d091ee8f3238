/* `newsgraph export` and `newsgraph import` run as child processes against the tests' own Neo4j. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withGraphDatabase } from '../../graph-store/db/graph-database.ts';
import { runCli } from '../../testing/run-cli.ts';
import { loadSampleCorpus, testDatabaseEnv, testTarget } from '../../testing/test-database.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cli-'));

function newsgraph(...args: string[]) {
  const { status: code, stdout, stderr } = runCli(args, testDatabaseEnv());
  return { code, stdout, stderr };
}

beforeAll(async () => {
  await withGraphDatabase((db) => loadSampleCorpus(db), testTarget());
});

describe('newsgraph export', () => {
  it('should write a node neighbourhood to a file and say what it wrote', () => {
    const file = path.join(dir, 'ru.graphml');
    const run = newsgraph('export', '--node', 'state:ru', '--depth', '1', '-o', file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/exported \d+ nodes, \d+ relationships/);
    expect(readFileSync(file, 'utf8')).toContain('<graphml');
  });

  it('should write text formats to stdout', () => {
    const run = newsgraph('export', '--node', 'state:ru', '--depth', '0', '--format', 'jsonl');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.split('\n')[0]!)).toMatchObject({ type: 'node', key: 'state:ru' });
  });

  it('should list the formats when the format is unknown (exit 2)', () => {
    const run = newsgraph('export', '--all', '--format', 'xls', '-o', path.join(dir, 'x.xls'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'unknown export format "xls"; the formats are: gexf, graphml, json, csv, cypher, jsonl',
    );
    expect(existsSync(path.join(dir, 'x.xls'))).toBe(false);
  });

  it('should name an unknown node id (exit 1) and write no file', () => {
    const file = path.join(dir, 'none.json');
    const run = newsgraph('export', '--node', 'state:atlantis', '--format', 'json', '-o', file);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('no node has id "state:atlantis"');
    expect(existsSync(file)).toBe(false);
  });

  it('should refuse an empty saved-query result with a clear message and write no file', () => {
    const file = path.join(dir, 'table.json');
    const run = newsgraph('export', '--query', 'most-mentioned-actors', '--format', 'json', '-o', file);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/holds no nodes; nothing was exported and no file was written/);
    expect(existsSync(file)).toBe(false);
  });

  it('should not write the CSV zip to stdout', () => {
    const run = newsgraph('export', '--all', '--format', 'csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give -o FILE.zip');
  });

  it('should import its own export again without changing anything', () => {
    const file = path.join(dir, 'ru.cypher');
    expect(newsgraph('export', '--node', 'state:ru', '--depth', '1', '--with-evidence', '-o', file).code).toBe(0);
    const run = newsgraph('import', file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/imported \d+ nodes and \d+ relationships from .*\(cypher\)/);
  });

  it('should refuse a Cypher file that is not a newsgraph export, naming the line', () => {
    const file = path.join(dir, 'evil.cypher');
    spawnSync('sh', ['-c', `printf '// x\\nMATCH (n) DETACH DELETE n;\\n' > ${file}`]);
    const run = newsgraph('import', file);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('line 2 is not a newsgraph export statement');
  });
});
