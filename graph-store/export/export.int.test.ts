/*
 * Export → import into an empty database → the same nodes, labels, properties and relationships,
 * for every format; plus the scopes and bad input against the sample corpus. The import target is the
 * tests' own database, emptied for each format, and the sample corpus is loaded again afterwards.
 */
import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from '../db/graph-database.ts';
import type { PlainNode, PlainRelationship } from '../db/to-plain.ts';
import { nodeKey } from '#model/subgraph.ts';
import { emptyDatabase, firstRow, loadSampleCorpus, testTarget } from '../../testing/test-database.ts';
import { importFile, readExport } from '../import/import-file.ts';
import { keyEdges } from '#model/subgraph.ts';
import { EXPORT_FORMATS } from '#model/export/formats.ts';
import { FORMATS } from './formats.ts';
import { resolveScope } from './resolve-scope.ts';
import { exportToFile } from './run-export.ts';
import { EmptyScopeError, UnknownNodeError } from '#model/errors.ts';
import { allScope, subgraphSource } from './scopes.ts';
import type { ExportEdge, ExportNode } from '#model/export/types.ts';
import { validateGexf, validateGraphml } from './validate-xml.ts';

let db: GraphDatabase;
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
});

afterAll(async () => {
  await db?.close();
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

describe('export, then import into an empty database', () => {
  // One consistent read of the source, taken before the database is emptied for the first import.
  let expected: Snapshot;
  let source: ReturnType<typeof subgraphSource>;

  beforeAll(async () => {
    expected = await snapshot(db);
    const all = await collect(allScope(db));
    source = subgraphSource({ nodes: all.nodes, edges: all.edges }, 'all', db);
  });

  afterAll(async () => {
    await emptyDatabase(db);
    await loadSampleCorpus(db);
  });

  it.each(EXPORT_FORMATS)(
    'should give back the same nodes, labels, properties and relationships from %s',
    async (format) => {
      const file = path.join(dir, `all.${FORMATS[format].extension}`);
      await exportToFile(source, FORMATS[format], file);
      await emptyDatabase(db);
      await importFile(db, file);
      expect(await snapshot(db)).toEqual(expected);
      // Whole numbers stay INTEGER (not FLOAT) and lists stay lists.
      const [types] = await db.read<{ count: string; aliases: string }>(
        'MATCH (a:Article) WITH a LIMIT 1 MATCH (e:Entity) WITH a, e LIMIT 1 RETURN valueType(a.sentenceCount) AS count, valueType(e.aliases) AS aliases',
      );
      expect(types).toEqual({ count: 'INTEGER NOT NULL', aliases: 'LIST<STRING NOT NULL> NOT NULL' });
      // Importing again changes nothing.
      await importFile(db, file);
      expect(await snapshot(db)).toEqual(expected);
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
    const { id } = await firstRow<{ id: string }>(
      db,
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

  it('should refuse an empty scope with a clear message and write no file', async () => {
    await emptyDatabase(db);
    const file = path.join(dir, 'empty.gexf');
    try {
      await expect(resolveScope(db, { kind: 'all' })).rejects.toThrow(EmptyScopeError);
      await expect(resolveScope(db, { kind: 'all' })).rejects.toThrow(/holds no nodes.*no file was written/);
      expect(existsSync(file)).toBe(false);
    } finally {
      await loadSampleCorpus(db);
    }
  });
});

/** A format's file read back as sorted node keys and edge keys (edge keys by the model's convention). */
async function writtenKeys(source: Awaited<ReturnType<typeof resolveScope>>, format: (typeof EXPORT_FORMATS)[number]) {
  const file = path.join(dir, `keys.${FORMATS[format].extension}`);
  await exportToFile(source, FORMATS[format], file);
  const back = readExport(readFileSync(file), format, file);
  return {
    nodes: back.nodes.map((n) => n.key).sort(),
    edges: keyEdges(back.edges)
      .map((e) => e.key)
      .sort(),
  };
}

describe('co-mentions in exports', () => {
  let id: string;
  beforeAll(async () => {
    ({ id } = await firstRow<{ id: string }>(
      db,
      'MATCH (e:Entity) RETURN e.id AS id ORDER BY e.mentionCount DESC, e.id LIMIT 1',
    ));
  });

  it('should give every format the same nodes and edges, co-mentions in or out by one option', async () => {
    for (const coMentions of [true, false]) {
      const seen = new Set<string>();
      let first: { nodes: string[]; edges: string[] } | null = null;
      for (const format of EXPORT_FORMATS) {
        const got = await writtenKeys(await resolveScope(db, { kind: 'node', id, depth: 1 }, { coMentions }), format);
        first ??= got;
        expect(got, format).toEqual(first);
        got.edges.forEach((e) => seen.add(e.split(':')[0]!));
      }
      expect(seen.has('CO_MENTIONED')).toBe(coMentions);
      expect(first!.edges.some((e) => e.startsWith('CO_MENTIONED:') && e.includes(id))).toBe(coMentions);
    }
  });

  it('should export exactly the edges a view names, co-mentions among them', async () => {
    const all = await collect(await resolveScope(db, { kind: 'node', id, depth: 1 }, { coMentions: true }));
    const keys = all.nodes.map((n) => n.key);
    const chosen = [
      all.edges.find((e) => e.type === 'CO_MENTIONED')!.key,
      all.edges.find((e) => e.type !== 'CO_MENTIONED')!.key,
    ];
    const view = await collect(
      await resolveScope(db, { kind: 'keys', name: 'view', keys, edges: chosen }, { coMentions: true }),
    );
    expect(view.nodes.map((n) => n.key).sort()).toEqual([...keys].sort());
    expect(view.edges.map((e) => e.key).sort()).toEqual([...chosen].sort());
  });

  it('should stream every co-mention of the whole graph once, after the stored relationships', async () => {
    const { pairs } = await firstRow<{ pairs: number }>(
      db,
      `MATCH (n:Entity)<-[:MENTIONS]-(:Sentence)-[:MENTIONS]->(o:Entity) WHERE n.id < o.id
       RETURN count(DISTINCT [n.id, o.id]) AS pairs`,
    );
    const plain = await collect(allScope(db, 5));
    const withCo = await collect(allScope(db, 5, true));
    const co = withCo.edges.filter((e) => e.type === 'CO_MENTIONED');
    expect(co).toHaveLength(pairs);
    expect(new Set(co.map((e) => e.key)).size).toBe(pairs);
    expect(withCo.edges.length - co.length).toBe(plain.edges.length);
  });
});
