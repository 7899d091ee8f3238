/*
 * Hubs' stored rankings of their neighbours, kept by the loader, against the tests' Neo4j with the hub
 * threshold lowered to 3 relationships and rankings cut at 4 (so that rankings are full and cut):
 * after loads in any batches and after a retraction, every ranking is the one ranked from scratch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GraphDatabase } from './graph-database.ts';
import { emptyDatabase, loadSampleCorpus, testTarget } from '../../testing/test-database.ts';
import { loadArticles } from '../../graph-loader/src/load-articles.ts';
import { removeArticles } from '../../graph-loader/src/write/write-graph.ts';
import { dataPath } from '../paths.ts';
import { rankHubs } from './neighbour-ranking.ts';

const RANKING = { hubDegree: 3, top: 4 };
const RETRACTED = '000_254fb89b8ed2ce64.txt';

let db: GraphDatabase;
let scratch: string;

type Rankings = Record<string, { ids: string[]; scores: number[] }>;

/** Every stored ranking, by node id. */
async function rankings(): Promise<Rankings> {
  const rows = await db.read<{ id: string; ids: string[]; scores: number[] }>(
    `MATCH (n) WHERE n.topNeighbours IS NOT NULL
     RETURN n.id AS id, n.topNeighbours AS ids, n.topScores AS scores ORDER BY id`,
  );
  return Object.fromEntries(rows.map((r) => [r.id, { ids: r.ids, scores: r.scores }]));
}

/** The rankings as ranked from scratch from the graph as it is (the stored ones are left as they were). */
async function rankedFromScratch(): Promise<Rankings> {
  const kept = await rankings();
  await rankHubs(db, RANKING);
  const fresh = await rankings();
  await db.write(
    `UNWIND keys($kept) AS id MATCH (n {id: id}) SET n.topNeighbours = $kept[id].ids, n.topScores = $kept[id].scores`,
    { kept },
  );
  await db.write(
    `MATCH (n) WHERE n.topNeighbours IS NOT NULL AND NOT n.id IN keys($kept) REMOVE n.topNeighbours, n.topScores`,
    {
      kept,
    },
  );
  return fresh;
}

beforeAll(async () => {
  db = GraphDatabase.open(testTarget());
  scratch = mkdtempSync(path.join(tmpdir(), 'newsgraph-ranking-'));
  // The sample corpus without one article, with its manifest.
  cpSync(dataPath('articles'), path.join(scratch, 'four'), { recursive: true });
  rmSync(path.join(scratch, 'four', RETRACTED));
});

afterAll(async () => {
  // Leave the tests' database as the other files expect it: the sample corpus, ranked as usual.
  await emptyDatabase(db);
  await loadSampleCorpus(db);
  await db?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("the loader's rankings of hubs' neighbours", () => {
  it('should give every hub the ranking ranked from scratch, and no other node one, whatever the batches', async () => {
    await emptyDatabase(db);
    await loadArticles(db, [dataPath('articles')], { ranking: RANKING, batchSize: 1, workers: 0 });
    const oneByOne = await rankings();
    expect(Object.keys(oneByOne).length).toBeGreaterThan(3);
    // Full rankings, cut at 4: the last of each is a real threshold.
    expect(Object.values(oneByOne).some((r) => r.ids.length === 4)).toBe(true);
    expect(await rankedFromScratch()).toEqual(oneByOne);

    // In one batch (extraction resolves across the batch, so the graph itself may differ).
    await emptyDatabase(db);
    await loadArticles(db, [dataPath('articles')], { ranking: RANKING, workers: 0 });
    const together = await rankings();
    expect(await rankedFromScratch()).toEqual(together);
    // Loading again changes nothing.
    await loadArticles(db, [dataPath('articles')], { ranking: RANKING, workers: 0 });
    expect(await rankings()).toEqual(together);
  });

  it('should leave, after a retraction, the rankings of a load without the article', async () => {
    // One article per batch, so that each article's facts are the same whatever else is loaded.
    const options = { ranking: RANKING, workers: 0, batchSize: 1 };
    await emptyDatabase(db);
    await loadArticles(db, [path.join(scratch, 'four')], options);
    const withoutIt = await rankings();

    await emptyDatabase(db);
    await loadArticles(db, [dataPath('articles')], options);
    const [{ id } = { id: '' }] = await db.read<{ id: string }>(
      'MATCH (a:Article) WHERE a.file ENDS WITH $file RETURN a.id AS id',
      { file: RETRACTED },
    );
    expect(id).not.toBe('');
    await removeArticles(db, [id], RANKING);
    // The same rankings, scores included (a retraction counts each relationship's articles again).
    expect(await rankings()).toEqual(withoutIt);
    expect(await rankedFromScratch()).toEqual(withoutIt);
  });
});
