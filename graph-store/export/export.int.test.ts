/*
 * Export → import into an empty database → the same nodes, labels, properties and relationships,
 * for every format; plus the scopes and bad input against the sample corpus. The import target is a
 * second embedded Neo4j of this test's own (the shared test database is never emptied).
 */
import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from '../db/graph-database.ts';
import { embeddedInstance, resolveNeo4jTarget } from '../db/neo4j-target.ts';
import { resetEmbedded, startEmbedded, stopEmbedded } from '../db/embedded-neo4j.ts';
import type { PlainNode, PlainRelationship } from '../db/to-plain.ts';
import { nodeKey } from '#model/subgraph.ts';
import { TEST_BOLT_PORT, emptyDatabase, loadSampleCorpus, testTarget } from '../../testing/test-database.ts';
import { importFile } from '../import/import-file.ts';
import { EXPORT_FORMATS } from '#model/export/formats.ts';
import { FORMATS } from './formats.ts';
import { resolveScope } from './resolve-scope.ts';
import { exportToFile } from './run-export.ts';
import { EmptyScopeError, UnknownNodeError } from '#model/errors.ts';
import { allScope, subgraphSource } from './scopes.ts';
import type { ExportEdge, ExportNode } from '#model/export/types.ts';
import { validateGexf, validateGraphml } from './validate-xml.ts';

// Its own port, two below the tests' Neo4j (7697 by default), so checkouts with their own test ports never share it.
const ROUNDTRIP_ENV = {
  NEWSGRAPH_INSTANCE: 'roundtrip',
  NEWSGRAPH_BOLT_PORT: process.env.NEWSGRAPH_ROUNDTRIP_BOLT_PORT ?? String(TEST_BOLT_PORT - 2),
};
const external = Boolean(process.env.NEWSGRAPH_TEST_NEO4J_URI);

let db: GraphDatabase;
let target: GraphDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-export-'));

interface Snapshot {
  nodes: { key: string; labels: string[]; properties: Record<string, unknown> }[];
  edges: string[];
}

/** Every node and relationship, canonical and sorted, read in one transaction. */
async function snapshot(database: GraphDatabase): Promise<Snapshot> {
  const rows = await database.read<{ nodes: PlainNode[]; rels: { r: PlainRelationship; a: string; b: string }[] }>(
    `MATCH (n) WITH collect(n) AS nodes
     OPTIONAL MATCH (a)-[r]->(b)
     RETURN nodes, collect({r: r, a: CASE WHEN a.id IS NULL THEN elementId(a) ELSE toString(a.id) END, b: CASE WHEN b.id IS NULL THEN elementId(b) ELSE toString(b.id) END}) AS rels`,
  );
  const sortKeys = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));
  const row = rows[0]!;
  return {
    nodes: row.nodes
      .map((n) => ({ key: nodeKey(n), labels: [...n.labels].sort(), properties: sortKeys(n.properties) }))
      .sort((x, y) => x.key.localeCompare(y.key)),
    edges: row.rels
      .filter((x) => x.r !== null)
      .map((x) => JSON.stringify([x.r.type, x.a, x.b, sortKeys(x.r.properties)]))
      .sort(),
  };
}

async function collect(source: { nodes(): AsyncIterable<ExportNode>; edges(): AsyncIterable<ExportEdge> }) {
  const nodes: ExportNode[] = [];
  const edges: ExportEdge[] = [];
  for await (const n of source.nodes()) nodes.push(n);
  for await (const e of source.edges()) edges.push(e);
  return { nodes, edges };
}

beforeAll(async () => {
  db = GraphDatabase.open(testTarget());
  await loadSampleCorpus(db);
  if (external) return;
  const instance = embeddedInstance(ROUNDTRIP_ENV);
  await resetEmbedded(instance);
  await startEmbedded(instance);
  target = GraphDatabase.open(resolveNeo4jTarget({ ...ROUNDTRIP_ENV }));
  await target.verify();
});

afterAll(async () => {
  await db?.close();
  await target?.close();
  if (!external) await stopEmbedded(embeddedInstance(ROUNDTRIP_ENV));
});

describe('export --all', () => {
  it('should page through every node and relationship', async () => {
    const before = await snapshot(db);
    const all = await collect(allScope(db, 7));
    expect(all.nodes).toHaveLength(before.nodes.length);
    expect(all.edges).toHaveLength(before.edges.length);
    expect(new Set(all.edges.map((e) => e.key)).size).toBe(all.edges.length);
  });
});

describe.skipIf(external)('export, then import into an empty database', () => {
  // One consistent read of the source, so other tests writing to the shared database cannot race it.
  let expected: Snapshot;
  let source: ReturnType<typeof subgraphSource>;

  beforeAll(async () => {
    expected = await snapshot(db);
    const all = await collect(allScope(db));
    source = subgraphSource({ nodes: all.nodes, edges: all.edges }, 'all', db);
  });

  it.each(EXPORT_FORMATS)(
    'should give back the same nodes, labels, properties and relationships from %s',
    async (format) => {
      const file = path.join(dir, `all.${FORMATS[format].extension}`);
      await exportToFile(source, FORMATS[format], file);
      await emptyDatabase(target);
      await importFile(target, file);
      expect(await snapshot(target)).toEqual(expected);
      // Whole numbers stay INTEGER (not FLOAT) and lists stay lists.
      const [types] = await target.read<{ count: string; aliases: string }>(
        'MATCH (a:Article) WITH a LIMIT 1 MATCH (e:Entity) WITH a, e LIMIT 1 RETURN valueType(a.sentenceCount) AS count, valueType(e.aliases) AS aliases',
      );
      expect(types).toEqual({ count: 'INTEGER NOT NULL', aliases: 'LIST<STRING NOT NULL> NOT NULL' });
      // Importing again changes nothing.
      await importFile(target, file);
      expect(await snapshot(target)).toEqual(expected);
    },
  );

  it('should write GEXF and GraphML of the whole graph that validate', async () => {
    const gexf = path.join(dir, 'valid.gexf');
    const graphml = path.join(dir, 'valid.graphml');
    await exportToFile(source, FORMATS.gexf, gexf);
    await exportToFile(source, FORMATS.graphml, graphml);
    expect(await validateGexf(readFileSync(gexf, 'utf8'))).toEqual([]);
    expect(await validateGraphml(readFileSync(graphml, 'utf8'))).toEqual([]);
  });
});

describe('export scopes', () => {
  it('should export a node and its neighbourhood, and its evidence when asked', async () => {
    const [{ id }] = await db.read<{ id: string }>(
      'MATCH (e:Entity)<-[:MENTIONS]-() RETURN e.id AS id ORDER BY e.id LIMIT 1',
    );
    const plain = await collect(await resolveScope(db, { kind: 'node', id, depth: 1 }));
    expect(plain.nodes.map((n) => n.key)).toContain(id);
    expect(plain.nodes.some((n) => n.labels.includes('Sentence'))).toBe(false);
    const evidence = await collect(await resolveScope(db, { kind: 'node', id, depth: 1 }, { withEvidence: true }));
    expect(evidence.nodes.some((n) => n.labels.includes('Sentence'))).toBe(true);
    expect(evidence.nodes.some((n) => n.labels.includes('Article'))).toBe(true);
    expect(evidence.edges.some((e) => e.type === 'MENTIONS' && e.target === id)).toBe(true);
    expect(evidence.edges.some((e) => e.type === 'HAS_SENTENCE')).toBe(true);
  });

  it('should export given nodes (a view or selection) with the relationships between them', async () => {
    const rows = await db.read<{ s: string; e: string }>(
      'MATCH (s:Sentence)-[:MENTIONS]->(e:Entity) RETURN s.id AS s, e.id AS e LIMIT 1',
    );
    const { s, e } = rows[0]!;
    const got = await collect(await resolveScope(db, { kind: 'keys', keys: [s, e], name: 'selection' }));
    expect(got.nodes.map((n) => n.key).sort()).toEqual([s, e].sort());
    expect(got.edges.some((x) => x.source === s && x.target === e && x.type === 'MENTIONS')).toBe(true);
  });

  it('should name an unknown node id', async () => {
    await expect(resolveScope(db, { kind: 'node', id: 'state:atlantis', depth: 1 })).rejects.toThrow(UnknownNodeError);
    await expect(resolveScope(db, { kind: 'node', id: 'state:atlantis', depth: 1 })).rejects.toThrow(
      /"state:atlantis"/,
    );
  });

  it.skipIf(external)('should refuse an empty scope with a clear message and write no file', async () => {
    await emptyDatabase(target);
    const file = path.join(dir, 'empty.gexf');
    await expect(resolveScope(target, { kind: 'all' })).rejects.toThrow(EmptyScopeError);
    await expect(resolveScope(target, { kind: 'all' })).rejects.toThrow(/holds no nodes.*no file was written/);
    expect(existsSync(file)).toBe(false);
  });
});
