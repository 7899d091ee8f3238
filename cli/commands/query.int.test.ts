/* `newsgraph query` and `newsgraph cypher`, run as the real CLI in a child process against the tests' Neo4j. */
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { runCli } from '../../testing/run-cli.ts';
import { loadSampleCorpus, testDatabaseEnv, testTarget } from '../../testing/test-database.ts';

const newsgraph = (...args: string[]) => runCli(args, testDatabaseEnv());

beforeAll(async () => {
  const db = GraphDatabase.open(testTarget());
  try {
    await loadSampleCorpus(db);
  } finally {
    await db.close();
  }
});

describe('newsgraph query', () => {
  it('should list the library with parameters and defaults', () => {
    const { status, stdout } = newsgraph('query', '--list');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ego-network {2}\(graph\) {2}Ego network of an actor$/m);
    expect(stdout).toContain('--param depth=<integer> = 2');
    expect(stdout.match(/^\S+ {2}\((graph|table)/gm)!.length).toBeGreaterThanOrEqual(12);
    const json = JSON.parse(newsgraph('query', '--list', '--format', 'json').stdout) as { name: string }[];
    expect(json.map((q) => q.name)).toContain('who-accuses-whom');
  });

  it('should run a query with parameters as JSON, a table and CSV', () => {
    const json = newsgraph(
      'query',
      'ego-network',
      '--param',
      'actor=person:vladimir-putin',
      '-p',
      'depth=2',
      '--format',
      'json',
    );
    expect(json.status).toBe(0);
    const result = JSON.parse(json.stdout) as { subgraph: { nodes: { key: string }[] } };
    expect(result.subgraph.nodes.map((n) => n.key)).toContain('person:kim-jong-un');

    const table = newsgraph('query', 'most-mentioned-actors', '-p', 'limit=2');
    expect(table.status).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^name\s+kind\s+mentions\s+articles\s+firstSeen\s+id$/);
    expect(table.stdout).toMatch(/^Russia\s+State\s+\d+/m);

    const csv = newsgraph('query', 'mentions-by-month', '-p', 'actor=state:kp', '--format', 'csv');
    expect(csv.stdout.split('\r\n').slice(0, 2)).toEqual([
      'month,articles,sentences',
      expect.stringMatching(/^2023-06,1,\d+$/),
    ]);
  });

  it('should refuse unknown, missing and ill-typed parameters with exit 2, listing the expected ones', () => {
    const { status, stderr } = newsgraph('query', 'actor-events', '-p', 'actr=state:ru', '-p', 'from=2024-13-01');
    expect(status).toBe(2);
    expect(stderr).toContain('unknown parameter "actr"');
    expect(stderr).toContain('"from" must be a date written YYYY-MM-DD');
    expect(stderr).toContain(
      'Expected parameters: actor (entity, default state:ru), from (date, optional), to (date, optional), limit (integer from 1 to 1000, default 200)',
    );
    expect(newsgraph('query', 'fact-evidence').stderr).toContain('missing parameter "fact"');
    const unknown = newsgraph('query', 'no-such-query');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('There is no query "no-such-query"');
  });
});

describe('newsgraph cypher', () => {
  it('should run read-only Cypher with parameters', () => {
    const { status, stdout } = newsgraph(
      'cypher',
      'MATCH (e:Entity {id: $id}) RETURN e.name AS name',
      '--param',
      'id=state:kp',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { rows: unknown[] }).rows).toEqual([{ name: 'North Korea' }]);
  });

  it('should refuse a write with exit 1 and say the database is unchanged', () => {
    const { status, stderr, stdout } = newsgraph('cypher', 'MATCH (n) DETACH DELETE n');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'newsgraph: Refused: user queries are read-only, and the query writes. The database is unchanged.\n',
    );
  });

  it('should note truncation and stop at the time limit', () => {
    const capped = newsgraph('cypher', 'MATCH (s:Sentence) RETURN s.id AS id', '--max-rows', '2');
    expect(capped.status).toBe(0);
    expect(capped.stdout.trim().split('\n')).toHaveLength(4);
    expect(capped.stderr).toContain('only the first 2 rows are shown');
    const slow = newsgraph(
      'cypher',
      'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)',
      '--timeout',
      '1',
    );
    expect(slow.status).toBe(1);
    expect(slow.stderr).toContain('time limit of 1 s');
  });
});
