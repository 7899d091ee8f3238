/*
 * The saved-query API against the tests' Neo4j, through Fastify's inject: list, run, ad-hoc Cypher,
 * refused writes, parameter errors, time limits, and saved queries that outlive the server.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import { loadSampleCorpus, testTarget } from '../../../testing/test-database.ts';
import { contentChecksum } from '../../../graph-store/db/content-checksum.ts';
import type { QueryDefinition, QueryRunResult } from '#model/saved-queries/types.ts';
import { buildApp } from '../app.ts';

let db: GraphDatabase;
let app: FastifyInstance;
let home = '';
const previousHome = process.env.NEWSGRAPH_HOME;

beforeAll(async () => {
  db = GraphDatabase.open(testTarget()); // resolves the test database before NEWSGRAPH_HOME moves
  await loadSampleCorpus(db);
  home = mkdtempSync(path.join(tmpdir(), 'newsgraph-home-'));
  process.env.NEWSGRAPH_HOME = home;
  app = await buildApp({ db });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  if (previousHome === undefined) delete process.env.NEWSGRAPH_HOME;
  else process.env.NEWSGRAPH_HOME = previousHome;
  rmSync(home, { recursive: true, force: true });
});

async function call<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
  status = 200,
): Promise<T> {
  const response = await app.inject({ method, url, ...(payload && { payload }) });
  expect(response.statusCode, response.body).toBe(status);
  return (response.body ? response.json() : undefined) as T;
}

describe('the queries API', () => {
  it('should list the library with its parameters and the caps', async () => {
    const answer = await call<{ queries: QueryDefinition[]; limits: { timeoutMs: number; maxRows: number } }>(
      'GET',
      '/api/queries',
    );
    expect(answer.queries.length).toBeGreaterThanOrEqual(12);
    const ego = answer.queries.find((q) => q.name === 'ego-network')!;
    expect(ego.params.map((p) => p.name)).toEqual(['actor', 'depth', 'limit']);
    expect(ego).not.toHaveProperty('file');
    expect(answer.limits.timeoutMs).toBe(10_000);
  });

  it('should run a library query and give its graph and rows', async () => {
    const result = await call<QueryRunResult>('POST', '/api/queries/ego-network/run', {
      params: { actor: 'person:vladimir-putin', depth: 2 },
    });
    expect(result.result).toBe('graph');
    expect(result.subgraph.nodes.map((n) => n.key)).toContain('person:kim-jong-un');
    expect(result.columns).toEqual(['nodes', 'relationships']);
  });

  it('should say which parameters a query expects', async () => {
    const error = await call<{ error: string; message: string }>(
      'POST',
      '/api/queries/ego-network/run',
      { params: { who: 'x' } },
      400,
    );
    expect(error.error).toBe('BadParams');
    expect(error.message).toContain('unknown parameter "who"');
    expect(error.message).toContain('Expected parameters: actor (entity, default state:ru)');
    expect((await call<{ error: string }>('POST', '/api/queries/no-such-query/run', { params: {} }, 404)).error).toBe(
      'NotFound',
    );
  });

  it('should run ad-hoc Cypher with parameters, and refuse a write with 403', async () => {
    const result = await call<QueryRunResult>('POST', '/api/cypher', {
      query: 'MATCH (e:Entity {id: $id}) RETURN e.name AS name',
      params: { id: 'state:kp' },
    });
    expect(result.rows).toEqual([['North Korea']]);
    const before = await contentChecksum(db);
    const refused = await call<{ error: string; message: string }>(
      'POST',
      '/api/cypher',
      { query: 'MATCH (n) DETACH DELETE n' },
      403,
    );
    expect(refused.error).toBe('WriteRefused');
    expect(refused.message).toMatch(/^Refused: user queries are read-only/);
    expect(await contentChecksum(db)).toEqual(before);
  });

  it('should report a Cypher mistake and a time-out clearly', async () => {
    expect((await call<{ error: string }>('POST', '/api/cypher', { query: 'MATCH (n RETURN n' }, 400)).error).toBe(
      'CypherError',
    );
    process.env.NEWSGRAPH_QUERY_TIMEOUT_MS = '1000';
    try {
      const slow = await call<{ error: string; message: string }>(
        'POST',
        '/api/cypher',
        { query: 'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)' },
        504,
      );
      expect(slow.error).toBe('QueryTimeout');
      expect(slow.message).toContain('time limit of 1 s');
    } finally {
      delete process.env.NEWSGRAPH_QUERY_TIMEOUT_MS;
    }
  });

  it('should give the editor the graph\u2019s labels, types, keys, functions and the allowed procedures', async () => {
    const schema = await call<{
      labels: string[];
      relationshipTypes: string[];
      propertyKeys: string[];
      functions: { name: string }[];
      procedures: { name: string }[];
    }>('GET', '/api/cypher/schema');
    expect(schema.labels).toEqual(expect.arrayContaining(['Entity', 'Person', 'State', 'Event', 'Allegation']));
    expect(schema.relationshipTypes).toEqual(expect.arrayContaining(['MENTIONS', 'PARTICIPATED_IN', 'TARGETS']));
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'mentionCount']));
    expect(schema.functions.map((f) => f.name)).toContain('toLower');
    expect(schema.procedures.map((p) => p.name)).toContain('db.labels');
    expect(schema.procedures.map((p) => p.name)).not.toContain('db.createLabel');
  });

  it('should save, run, edit and delete a user query that outlives the server', async () => {
    const saved = await call<QueryDefinition>(
      'POST',
      '/api/saved-queries',
      {
        title: 'Mentions of one entity',
        cypher: 'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.mentionCount AS mentions',
        params: [{ name: 'id', type: 'entity', default: 'state:ru' }],
      },
      201,
    );
    expect(saved).toMatchObject({ name: 'mentions-of-one-entity', source: 'saved' });
    expect(readdirSync(path.join(home, 'saved-queries'))).toEqual(['mentions-of-one-entity.cypher']);

    await app.close();
    app = await buildApp({ db }); // a restart: the query is read back from its file
    const listed = await call<{ queries: QueryDefinition[] }>('GET', '/api/queries');
    expect(listed.queries.find((q) => q.name === 'mentions-of-one-entity')).toMatchObject({
      title: 'Mentions of one entity',
      source: 'saved',
    });
    const run = await call<QueryRunResult>('POST', '/api/queries/mentions-of-one-entity/run', { params: {} });
    expect(run.rows[0]![0]).toBe('Russia');

    const edited = await call<QueryDefinition>('PUT', '/api/saved-queries/mentions-of-one-entity', {
      title: 'Mentions',
      cypher: 'MATCH (e:Entity) RETURN count(e) AS entities',
    });
    expect(edited).toMatchObject({ name: 'mentions-of-one-entity', title: 'Mentions', params: [] });
    expect(
      (await call<{ error: string }>('PUT', '/api/saved-queries/ego-network', { title: 'x', cypher: 'RETURN 1' }, 404))
        .error,
    ).toBe('NotFound');
    expect(
      (await call<{ error: string }>('POST', '/api/saved-queries', { title: 'Bad', cypher: 'RETURN $undeclared' }, 400))
        .error,
    ).toBe('BadQuery');

    await call('DELETE', '/api/saved-queries/mentions-of-one-entity', undefined, 204);
    expect(readdirSync(path.join(home, 'saved-queries'))).toEqual([]);
  });
});
