/* The read-only runner against the tests' Neo4j: caps, time limit, Cypher errors, parameters, saved queries. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from '../db/graph-database.ts';
import { loadSampleCorpus, testTarget } from '../../testing/test-database.ts';
import { CypherError, QueryParamError, QueryTimeoutError } from '#model/errors.ts';
import { createSavedQuery, findQuery, listQueries } from './query-library.ts';
import { runCypher, runQuery } from './run-query.ts';

describe('runReadOnly', () => {
  const db = GraphDatabase.open(testTarget());
  const savedDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-saved-int-'));

  beforeAll(async () => {
    await loadSampleCorpus(db);
  });
  afterAll(async () => {
    await db.close();
    rmSync(savedDir, { recursive: true, force: true });
  });

  it('should cap the rows and say so', async () => {
    const result = await runCypher(db, 'MATCH (s:Sentence) RETURN s.id AS id', {}, { limits: { maxRows: 5 } });
    expect(result.rows).toHaveLength(5);
    expect(result.truncated).toEqual({ rows: true, nodes: false });
    const all = await runCypher(db, 'MATCH (s:Sentence) RETURN s.id AS id', {});
    expect(all.truncated.rows).toBe(false);
    expect(all.rows.length).toBeGreaterThan(5);
  });

  it('should cap the nodes of a graph and keep only edges between kept nodes', async () => {
    const result = await runCypher(
      db,
      'MATCH p = (:Sentence)-[:MENTIONS]->(:Entity) RETURN p',
      {},
      { limits: { maxNodes: 10 } },
    );
    expect(result.result).toBe('graph');
    expect(result.subgraph.nodes).toHaveLength(10);
    expect(result.truncated.nodes).toBe(true);
    const kept = new Set(result.subgraph.nodes.map((n) => n.key));
    expect(result.subgraph.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
  });

  it('should stop a query at its time limit with a clear error', async () => {
    const attempt = runCypher(
      db,
      'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)',
      {},
      { limits: { timeoutMs: 1000 } },
    );
    await expect(attempt).rejects.toBeInstanceOf(QueryTimeoutError);
    await expect(attempt).rejects.toThrow(/time limit of 1 s/);
  });

  it('should report a Cypher mistake as a CypherError with Neo4j\u2019s words', async () => {
    const attempt = runCypher(db, 'MATCH (n RETURN n', {});
    await expect(attempt).rejects.toBeInstanceOf(CypherError);
    await expect(attempt).rejects.toThrow(/Neo4j rejected the query: Invalid input/);
  });

  it('should send whole numbers as integers, so LIMIT $n works', async () => {
    const result = await runCypher(db, 'MATCH (e:Entity) RETURN e.id AS id ORDER BY id LIMIT $n', { n: 2 });
    expect(result.rows).toHaveLength(2);
  });

  it('should check a query\u2019s parameters before it runs', async () => {
    const ego = findQuery('ego-network', listQueries());
    await expect(runQuery(db, ego, { actor: 'state:ru', depth: 'deep' })).rejects.toBeInstanceOf(QueryParamError);
  });

  it('should take an entity\u2019s name or alias where an id is expected', async () => {
    const both = findQuery('sentences-mentioning-both', listQueries());
    const byName = await runQuery(db, both, { first: 'vladimir putin', second: 'North Korean' });
    const byId = await runQuery(db, both, { first: 'person:vladimir-putin', second: 'state:kp' });
    expect(byName.rows.length).toBeGreaterThan(0);
    expect(byName.rows).toEqual(byId.rows);
    await expect(runQuery(db, both, { first: 'Nobody At All', second: 'state:kp' })).rejects.toThrow(
      /no entity is called "Nobody At All"/,
    );
  });

  it('should run a saved query with its saved defaults', async () => {
    createSavedQuery(
      {
        title: 'Entity by id',
        cypher: 'MATCH (e:Entity {id: $id}) RETURN e',
        result: 'graph',
        params: [{ name: 'id', type: 'entity', optional: true, default: 'state:kp', description: '' }],
      },
      { saved: savedDir },
    );
    const saved = findQuery('entity-by-id', listQueries({ saved: savedDir }));
    const result = await runQuery(db, saved, {});
    expect(result.subgraph.nodes.map((n) => n.properties.name)).toEqual(['North Korea']);
  });
});
