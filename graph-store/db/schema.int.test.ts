/*
 * The schema against the tests' Neo4j: a store loaded before the `lastLoad` indexes existed gets each
 * node's `lastLoad` (the latest of its `loads`) before the indexes are created, so what changed since a
 * load reads the same from the indexes as it did from every node's list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from './graph-database.ts';
import { applySchema } from './schema.ts';
import { emptyDatabase, firstRow, loadSampleCorpus, testTarget, unloadArticles } from '../../testing/test-database.ts';

const LAST_LOAD_INDEXES = ['entity_last_load', 'event_last_load', 'allegation_last_load'];

let db: GraphDatabase;

beforeAll(async () => {
  db = GraphDatabase.open(testTarget());
  await emptyDatabase(db);
  await loadSampleCorpus(db);
});

afterAll(async () => {
  await applySchema(db);
  await db.close();
});

/** Takes one sample article out and loads the corpus again: a new load that writes that article's nodes again. */
async function reloadOneArticle(): Promise<void> {
  const { id } = await firstRow<{ id: string }>(
    db,
    "MATCH (a:Article) WHERE a.file ENDS WITH '000_254fb89b8ed2ce64.txt' RETURN a.id AS id",
  );
  await unloadArticles(db, [id]);
  await loadSampleCorpus(db);
}

/** The store as a loader before `lastLoad` left it: every node's list of loads, no lastLoad, no index on it. */
async function forgetLastLoad(): Promise<void> {
  await db.write('MATCH (n) WHERE n.lastLoad IS NOT NULL REMOVE n.lastLoad');
  for (const name of LAST_LOAD_INDEXES) await db.write(`DROP INDEX \`${name}\` IF EXISTS`);
}

/** Each loaded node's lastLoad beside the latest load id its list holds, by node id. */
async function lastLoads(): Promise<{ id: string; lastLoad: string | null; latest: string }[]> {
  return db.read(
    `MATCH (n) WHERE (n:Entity OR n:Event OR n:Allegation) AND n.loads IS NOT NULL
     RETURN n.id AS id, n.lastLoad AS lastLoad,
            reduce(m = '', l IN n.loads | CASE WHEN l > m THEN l ELSE m END) AS latest
     ORDER BY id`,
  );
}

describe('applySchema', () => {
  it('should give every node loaded before lastLoad existed its latest load, then index it', async () => {
    // Two loads: the second writes some nodes again, so lists hold one or two load ids.
    await reloadOneArticle();
    await forgetLastLoad();
    const before = await lastLoads();
    expect(before.length).toBeGreaterThan(50);
    expect(before.every((n) => n.lastLoad === null)).toBe(true);
    expect(new Set(before.map((n) => n.latest)).size).toBe(2);

    await applySchema(db);

    const after = await lastLoads();
    expect(after.map((n) => n.id)).toEqual(before.map((n) => n.id));
    expect(after.filter((n) => n.lastLoad !== n.latest)).toEqual([]);
    const indexes = await db.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name');
    expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(LAST_LOAD_INDEXES));
  });

  it('should keep lastLoad as the latest load that wrote a node when a later load writes it again', async () => {
    await reloadOneArticle();
    const ids = await db.read<{ id: string }>('MATCH (l:Load) RETURN l.id AS id ORDER BY id');
    const latest = ids.at(-1)!.id;
    const rows = await lastLoads();
    expect(rows.filter((n) => n.lastLoad !== n.latest)).toEqual([]);
    expect(rows.some((n) => n.lastLoad === latest)).toBe(true);
  });
});
