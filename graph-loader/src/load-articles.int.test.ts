/*
 * The loader end to end through the real CLI, against the tests' embedded Neo4j (the launcher as
 * users run it), which this file empties first and leaves empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { embeddedInstance, resolveNeo4jTarget } from '../../graph-store/db/neo4j-target.ts';
import { startEmbedded } from '../../graph-store/db/embedded-neo4j.ts';
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { graphStats, type GraphStats } from '../../graph-store/db/graph-stats.ts';
import { dataPath } from './paths.ts';
import { runCli } from '../../testing/run-cli.ts';
import { TEST_BOLT_PORT, emptyDatabase } from '../../testing/test-database.ts';
import { LOADS_KEPT } from './write/write-graph.ts';
import { STAMP_LOAD } from './write/write-queries.ts';

// The embedded instance even when the other tests use a server of their own (NEWSGRAPH_TEST_NEO4J_URI): `db` commands are tested here.
const env = { NEWSGRAPH_INSTANCE: 'test', NEWSGRAPH_BOLT_PORT: String(TEST_BOLT_PORT) };
const instance = embeddedInstance(env);
let db: GraphDatabase;
let scratch: string;

/** Graph stats with `change` more load records: each load adds one (:Load), and nothing else when the articles are unchanged. */
function withLoads(stats: GraphStats, change: number): GraphStats {
  return { ...stats, nodes: { ...stats.nodes, Load: (stats.nodes.Load ?? 0) + change } };
}

/**
 * The last load's record beside a recount over the nodes stamped with its id (its added and changed entities, events and
 * allegations), which the loader counts batch by batch instead.
 */
async function lastLoadCounts(): Promise<{ recorded: unknown[]; recount: unknown[] }> {
  const [row] = await db.read<{ recorded: unknown[]; recount: unknown[] }>(
    `MATCH (l:Load) WITH l ORDER BY l.id DESC LIMIT 1
     CALL (l) {
       MATCH (n) WHERE (n:Entity OR n:Event OR n:Allegation) AND l.id IN coalesce(n.loads, [])
       WITH n, coalesce(n.firstLoad = l.id, false) AS added
       RETURN [count(CASE WHEN n:Entity AND added THEN 1 END), count(CASE WHEN n:Entity AND NOT added THEN 1 END),
               count(CASE WHEN n:Event AND added THEN 1 END), count(CASE WHEN n:Event AND NOT added THEN 1 END),
               count(CASE WHEN n:Allegation AND added THEN 1 END), count(CASE WHEN n:Allegation AND NOT added THEN 1 END)] AS recount
     }
     RETURN [l.entitiesAdded, l.entitiesChanged, l.eventsAdded, l.eventsChanged, l.allegationsAdded, l.allegationsChanged] AS recorded, recount`,
  );
  return row!;
}

beforeAll(async () => {
  await startEmbedded(instance); // running already, unless the tests use another server
  db = GraphDatabase.open(resolveNeo4jTarget(env));
  await emptyDatabase(db);
  scratch = mkdtempSync(path.join(tmpdir(), 'newsgraph-load-'));
});

afterAll(async () => {
  await emptyDatabase(db);
  await db?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('newsgraph load', () => {
  it('should load the sample corpus, and a second load should change no count', async () => {
    const first = runCli(['load', dataPath('articles')], env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/articles: 5 loaded, 0 replaced, 0 unchanged, 0 failed/);
    const before = await graphStats(db);
    expect(before.nodes.Article).toBe(5);
    for (const label of ['Person', 'State', 'Organisation', 'Place'])
      expect(before.nodes[label] ?? 0).toBeGreaterThan(0);

    const second = runCli(['load', dataPath('articles')], env);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(
      /articles: 0 loaded, 0 replaced, 5 unchanged, 0 failed; nodes created: 0, relationships created: 0/,
    );
    expect(withLoads(await graphStats(db), -1)).toEqual(before);
  });

  it('should re-extract an article that an older extractor version loaded, ending as a fresh load would', async () => {
    const before = await graphStats(db);
    await db.write(`MATCH (a:Article) WITH a ORDER BY a.id LIMIT 2 SET a.extractorVersion = '0.0.1-old'`);
    const result = runCli(['load', dataPath('articles')], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/articles: 0 loaded, 2 replaced, 3 unchanged, 0 failed/);
    expect(withLoads(await graphStats(db), -1)).toEqual(before);
    // Written again, not added: the replaced articles' facts keep the load that first wrote them.
    const { recorded, recount } = await lastLoadCounts();
    expect(recorded).toEqual(recount);
    expect(recorded[1]).toBeGreaterThan(0);
    expect(recorded[0]).toBe(0);
  });

  it("should keep every entity's counts equal to a recount of its mentions, when loaded in small batches", async () => {
    await db.write('MATCH (n) DETACH DELETE n');
    const result = runCli(['load', '--batch-size', '2', dataPath('articles')], env);
    expect(result.status).toBe(0);
    const rows = await db.read<{ id: string; stored: unknown[]; recount: unknown[] }>(
      `MATCH (e:Entity)
       OPTIONAL MATCH (s:Sentence)-[:MENTIONS]->(e)
       OPTIONAL MATCH (a:Article {id: s.articleId})
       WITH e, count(s) AS mentions, count(DISTINCT a) AS articles, min(a.publishedAt) AS firstSeen
       RETURN e.id AS id, [e.mentionCount, e.articleCount, e.firstSeen] AS stored, [mentions, articles, firstSeen] AS recount`,
    );
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => (r.recount[1] as number) > 1).length).toBeGreaterThan(3);
    for (const row of rows) expect({ id: row.id, counts: row.stored }).toEqual({ id: row.id, counts: row.recount });
    // Summed over three batches, each node counted once.
    const { recorded, recount } = await lastLoadCounts();
    expect(recorded).toEqual(recount);
    expect(recorded[0]).toBe(rows.length);
  });

  it('should trace every mention to a sentence of an article', async () => {
    const [row] = await db.read<{ orphans: number; mentions: number }>(
      `MATCH (s:Sentence)-[m:MENTIONS]->(:Entity)
       OPTIONAL MATCH (a:Article {id: s.articleId})-[:HAS_SENTENCE]->(s)
       RETURN count(m) AS mentions, count(CASE WHEN a IS NULL THEN 1 END) AS orphans`,
    );
    expect(row!.mentions).toBeGreaterThan(50);
    expect(row!.orphans).toBe(0);
  });

  it('should keep only the latest loads on a node that every load touches, in the order they ran', async () => {
    const [entity] = await db.read<{ id: string; loads: string[] }>(
      'MATCH (e:Entity) RETURN e.id AS id, e.loads AS loads LIMIT 1',
    );
    const runs = Array.from({ length: LOADS_KEPT + 4 }, (_, i) => `load-test-${String(i).padStart(2, '0')}`);
    for (const loadId of runs)
      await db.write(STAMP_LOAD, { loadId, kept: LOADS_KEPT, entityIds: [entity!.id], factIds: [] });
    await db.write(STAMP_LOAD, { loadId: runs.at(-1), kept: LOADS_KEPT, entityIds: [entity!.id], factIds: [] });
    const [after] = await db.read<{ loads: string[] }>('MATCH (e:Entity {id: $id}) RETURN e.loads AS loads', entity!);
    expect(after!.loads).toEqual(runs.slice(-LOADS_KEPT));
    await db.write('MATCH (e:Entity {id: $id}) SET e.loads = $loads', entity!);
  });

  it('should replace the old facts of an article whose text changed, leaving no stale evidence', async () => {
    const file = path.join(scratch, 'changing.txt');
    writeFileSync(
      file,
      'Title: Border talks\nSource: Test Wire\nDate: 2024-05-01\n\nOfficials from Portugal met their counterparts in Lisbon on Monday.',
    );
    const first = runCli(['load', file], env);
    expect(first.stdout).toMatch(/1 loaded/);
    const [portugal] = await db.read<{ n: number }>(`MATCH (e:State {country: 'PT'}) RETURN count(e) AS n`);
    expect(portugal!.n).toBe(1);

    writeFileSync(
      file,
      'Title: Border talks\nSource: Test Wire\nDate: 2024-05-01\n\nOfficials from Norway met their counterparts in Oslo on Monday.',
    );
    const second = runCli(['load', file], env);
    expect(second.stdout).toMatch(/0 loaded, 1 replaced/);
    const rows = await db.read<{ title: string; texts: string[] }>(
      `MATCH (a:Article {source: 'Test Wire'})-[:HAS_SENTENCE]->(s) RETURN a.title AS title, collect(s.text) AS texts`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.texts.join(' ')).toContain('Norway');
    const [stale] = await db.read<{ sentences: number; portugal: number }>(
      `OPTIONAL MATCH (s:Sentence) WHERE s.text CONTAINS 'Portugal'
       WITH count(s) AS sentences
       OPTIONAL MATCH (e:State {country: 'PT'})
       RETURN sentences, count(e) AS portugal`,
    );
    expect(stale).toEqual({ sentences: 0, portugal: 0 });
  });

  it('should name each bad input with its reason, load the rest, and exit 1', async () => {
    const folder = path.join(scratch, 'mixed');
    mkdirSync(folder);
    copyFileSync(dataPath('articles', '000_254fb89b8ed2ce64.txt'), path.join(folder, 'good.txt'));
    writeFileSync(
      path.join(folder, 'good2.json'),
      JSON.stringify({ title: 'Aid', text: 'Canada sent aid to Haiti on Friday.', date: '2024-01-05' }),
    );
    writeFileSync(path.join(folder, 'empty.txt'), '');
    writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('Caf\xe9', 'latin1'));
    writeFileSync(path.join(folder, 'bad.json'), '[{"text": "x"');
    mkdirSync(path.join(folder, 'empty-folder'));
    const result = runCli(['load', folder], env);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/skipped .*bad\.json: malformed JSON/),
        expect.stringMatching(/skipped .*binary\.txt: binary file, not text/),
        expect.stringMatching(/skipped .*empty-folder: folder holds no articles/),
        expect.stringMatching(/skipped .*empty\.txt: empty file/),
        expect.stringMatching(/skipped .*latin1\.txt: invalid UTF-8 at byte 3/),
      ]),
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toMatch(/1 loaded, 0 replaced, 1 unchanged, 5 failed/);
    const [haiti] = await db.read<{ n: number }>(`MATCH (a:Article {title: 'Aid'}) RETURN count(a) AS n`);
    expect(haiti!.n).toBe(1);
  });

  it('should load the rest when files are hostile: one line each, file names escaped', async () => {
    const folder = path.join(scratch, 'hostile');
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, 'fine.txt'),
      'Title: Harbour deal\nSource: Test Wire\n\nUruguay and Paraguay signed a harbour agreement in Montevideo on Friday.',
    );
    writeFileSync(
      path.join(folder, 'deep.html'),
      `<html><body>${'<div>'.repeat(5000)}Delegates from Chile met in Santiago on Tuesday.</body></html>`,
    );
    writeFileSync(path.join(folder, 'number.json'), '{"text": 12345}');
    // A name that would clear the screen and forge a line of its own if printed raw.
    const forged = 'x\u001b[2J\nnewsgraph: all good\u202e.json';
    writeFileSync(path.join(folder, forged), '{"text": ""}');
    writeFileSync(
      path.join(folder, 'bidi.txt'),
      'Title: Ports \u202Ereopen\u0007\nSource: Wire\u001b[31m Red\n\nEcuador reopened its ports on Monday.',
    );
    const result = runCli(['load', folder], env);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^newsgraph: warning: .*deep\.html: markup nested 5002 deep, over the limit of 100: read as the page's plain text$/,
        ),
        expect.stringMatching(/^newsgraph: skipped .*number\.json: field "text" is a number, not text$/),
        expect.stringMatching(
          /^newsgraph: skipped .*x\\x1b\[2J\\nnewsgraph: all good\\u202e\.json: field "text" is empty$/,
        ),
      ]),
    );
    // eslint-disable-next-line no-control-regex -- no raw escape, bell or override may reach the terminal
    expect(result.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(lines.filter((line) => line.startsWith('newsgraph: all good'))).toEqual([]);
    expect(result.stdout).toMatch(/3 loaded, 0 replaced, 0 unchanged, 2 failed/);
    const rows = await db.read<{ title: string | null; source: string | null }>(
      `MATCH (a:Article) WHERE a.file CONTAINS 'hostile' RETURN a.title AS title, a.source AS source ORDER BY title`,
    );
    // An article with no headline stays untitled (its first sentence is never made a title); nulls sort last.
    expect(rows).toEqual([
      { title: 'Harbour deal', source: 'Test Wire' },
      { title: 'Ports reopen', source: 'Wire [31m Red' },
      { title: null, source: null },
    ]);
  });

  it('should give one clear line and exit 2 when Neo4j is unreachable', () => {
    const result = runCli(['load', dataPath('articles')], {
      NEWSGRAPH_INSTANCE: 'nowhere',
      NEWSGRAPH_BOLT_PORT: '7599',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:7599 \(connection refused\)\. Start the embedded Neo4j with "npx newsgraph db start"/,
    );
  });
});

describe('newsgraph db', () => {
  it('should report the running instance', () => {
    const result = runCli(['db', 'status'], env);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith(`running: bolt://127.0.0.1:${instance.port} `)).toBe(true);
  });

  it('should refuse to reset without --yes, and never touch a server given by NEO4J_URI', () => {
    const refused = runCli(['db', 'reset'], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/run it again with --yes/);
    const external = runCli(['db', 'reset', '--yes'], { ...env, NEO4J_URI: `bolt://127.0.0.1:${instance.port}` });
    expect(external.status).toBe(2);
    expect(external.stderr).toMatch(/NEO4J_URI is set/);
  });

  it('should use the server in NEO4J_URI when it is set', async () => {
    const password = (await import('node:fs')).readFileSync(instance.passwordFile, 'utf8').trim();
    const result = runCli(['stats', '--json'], {
      NEO4J_URI: `bolt://127.0.0.1:${instance.port}`,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: password,
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).nodes.Article).toBeGreaterThanOrEqual(5);
  });
});
