/* The export API against the tests' own Neo4j with the sample corpus, through Fastify's inject. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import { loadSampleCorpus, testTarget } from '../../../testing/test-database.ts';
import { readZipEntries } from '../../../graph-store/import/read-zip.ts';
import { validateGexf, validateGraphml } from '../../../graph-store/export/validate-xml.ts';
import { buildApp } from '../app.ts';

let db: GraphDatabase;
let app: FastifyInstance;
let entity: string;

beforeAll(async () => {
  db = GraphDatabase.open(testTarget());
  await loadSampleCorpus(db);
  app = await buildApp({ db });
  [{ id: entity }] = await db.read<{ id: string }>(
    'MATCH (e:Entity)<-[:MENTIONS]-() RETURN e.id AS id ORDER BY e.id LIMIT 1',
  );
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('GET /api/export', () => {
  it('should stream a node neighbourhood as GEXF named newsgraph-<scope>-<date>.gexf', async () => {
    const response = await app.inject(`/api/export?format=gexf&scope=node&id=${encodeURIComponent(entity)}&depth=1`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('gexf');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="newsgraph-node-[\w.-]+-\d{4}-\d{2}-\d{2}\.gexf"/,
    );
    expect(await validateGexf(response.body)).toEqual([]);
  });

  it('should export the whole graph as a CSV zip with SOURCES', async () => {
    const response = await app.inject('/api/export?format=csv&scope=all');
    expect(response.statusCode).toBe(200);
    const entries = readZipEntries(response.rawPayload, 'all.zip');
    expect(entries.get('SOURCES')!.toString('utf8')).toMatch(/\d+ articles? cited/);
  });

  it('should include evidence when asked', async () => {
    const plain = await app.inject(`/api/export?format=jsonl&scope=node&id=${encodeURIComponent(entity)}`);
    const withEvidence = await app.inject(
      `/api/export?format=jsonl&scope=node&id=${encodeURIComponent(entity)}&evidence=true`,
    );
    expect(plain.body).not.toContain('"Sentence"');
    expect(withEvidence.body).toContain('"Sentence"');
    expect(withEvidence.body).toContain('"type":"source"');
  });

  it('should answer an unknown format with the list of formats', async () => {
    const response = await app.inject('/api/export?format=xls&scope=all');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/"xls".*gexf, graphml, json, csv, cypher, jsonl/);
  });

  it('should answer an unknown node id with 404 naming it', async () => {
    const response = await app.inject('/api/export?format=json&scope=node&id=state:atlantis');
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toContain('"state:atlantis"');
  });

  it('should answer an empty scope with 422 and a clear message', async () => {
    const response = await app.inject('/api/export?format=json&scope=selection');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: 'EmptyScope' });
  });
});

describe('POST /api/export', () => {
  it('should export a view by keys with its positions, colours and sizes in GraphML and GEXF', async () => {
    const body = {
      format: 'gexf',
      scope: { kind: 'view', keys: [entity] },
      viz: { [entity]: { x: 10, y: 20, size: 7, color: '#4e79a7' } },
    };
    const gexf = await app.inject({ method: 'POST', url: '/api/export', payload: body });
    expect(gexf.statusCode, gexf.body).toBe(200);
    expect(gexf.body).toContain('<viz:position x="10" y="20" z="0"/>');
    expect(gexf.headers['content-disposition']).toContain('newsgraph-view-');
    const graphml = await app.inject({ method: 'POST', url: '/api/export', payload: { ...body, format: 'graphml' } });
    expect(await validateGraphml(graphml.body)).toEqual([]);
  });
});
