/* The export writers over a tiny graph: each format parses, validates and reads back to the same graph. */
import { Writable } from 'node:stream';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../db/to-plain.ts';
import { readExport } from '../import/import-file.ts';
import { readZipEntries } from '../import/read-zip.ts';
import type { ImportedGraph, ImportFormat } from '../import/types.ts';
import { UnknownFormatError } from '#model/errors.ts';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '#model/export/formats.ts';
import { FORMATS, exportFormat } from './formats.ts';
import { subgraphSource } from './scopes.ts';
import type { Subgraph } from '#model/subgraph.ts';
import { checkGexf13, validateGexf, validateGraphml } from './validate-xml.ts';
import { graphmlId, fromGraphmlId } from './writers/graphml.ts';
import { cypherLiteral } from './writers/cypher.ts';
import type { NodeViz } from '#model/export/types.ts';

const tiny: Subgraph = {
  nodes: [
    {
      key: 'state:ru',
      labels: ['Entity', 'State', 'Actor'],
      properties: {
        id: 'state:ru',
        name: 'Russia',
        aliases: ['Russian', 'Russian Federation'],
        roles: [],
        mentionCount: 48,
        country: 'RU',
      },
    },
    {
      key: 'person:kim "the" <leader> & co',
      labels: ['Entity', 'Person', 'Actor'],
      properties: {
        id: 'person:kim "the" <leader> & co',
        name: 'Kim, Jong-un; "Dear" 🚀',
        score: 0.75,
        active: true,
        // Text a spreadsheet would run: guarded in CSV, and read back as written.
        note: '=HYPERLINK("http://example.org","x")',
        motto: '-1+2',
      },
    },
    {
      key: 'a1',
      labels: ['Article'],
      properties: {
        id: 'a1',
        title: 'Talks',
        source: 'Example News',
        publishedAt: '2023-08-15',
        url: 'https://example.org/a1',
      },
    },
    {
      key: 'a1:0',
      labels: ['Sentence'],
      properties: {
        id: 'a1:0',
        articleId: 'a1',
        index: 0,
        text: 'Line one,\nline "two"\ttabbed & <tagged>.',
        start: 0,
        end: 40,
      },
    },
  ],
  edges: [
    { key: 'r1', type: 'HAS_SENTENCE', source: 'a1', target: 'a1:0', properties: {} },
    {
      key: 'r2',
      type: 'MENTIONS',
      source: 'a1:0',
      target: 'state:ru',
      properties: { start: 3, end: 9, surface: 'Russia' },
    },
    {
      key: 'r3',
      type: 'MENTIONS',
      source: 'a1:0',
      target: 'state:ru',
      properties: { start: 20, end: 27, surface: 'Russian' },
    },
    {
      key: 'r4',
      type: 'COOPERATES_WITH',
      source: 'person:kim "the" <leader> & co',
      target: 'state:ru',
      properties: { sentenceIds: ['a1:0'], articleIds: ['a1', 'b2'], articleCount: 2, detail: 'ally' },
    },
  ],
};

const viz = new Map<string, NodeViz>([['state:ru', { x: 1.5, y: -2, size: 12, color: '#e15759' }]]);

async function write(format: ExportFormat, subgraph: Subgraph = tiny): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  const source = subgraphSource(subgraph, 'test', undefined, viz);
  source.articles = async (ids) =>
    ids.map((id) => ({
      id,
      title: `Article ${id}`,
      source: 'Other Outlet',
      publishedAt: '2023-09-01',
      url: `https://example.org/${id}`,
    }));
  await FORMATS[format].write(source, out);
  return Buffer.concat(chunks);
}

/** Nodes and edges as comparable plain data (driver Integers to numbers, edges without keys, sorted). */
function canonical(graph: ImportedGraph | Subgraph) {
  const nodes = graph.nodes
    .map((n) => ({ key: n.key, labels: [...n.labels].sort(), properties: toPlain(n.properties) }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const edges = graph.edges
    .map((e) =>
      JSON.stringify({
        type: e.type,
        source: e.source,
        target: e.target,
        properties: sortKeys(toPlain(e.properties) as Record<string, unknown>),
      }),
    )
    .sort();
  return { nodes: nodes.map((n) => ({ ...n, properties: sortKeys(n.properties as Record<string, unknown>) })), edges };
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

const READ_AS: Record<ExportFormat, ImportFormat> = {
  gexf: 'gexf',
  graphml: 'graphml',
  json: 'json',
  csv: 'csv',
  cypher: 'cypher',
  jsonl: 'jsonl',
};

describe('export writers', () => {
  it.each(EXPORT_FORMATS)(
    'should write %s that reads back to the same nodes, labels, properties and relationships',
    async (format) => {
      const bytes = await write(format);
      const back = readExport(bytes, READ_AS[format], `test.${format}`);
      expect(canonical(back)).toEqual(canonical(tiny));
    },
  );

  it('should write GraphML that validates against the GraphML XSD', async () => {
    const xml = (await write('graphml')).toString('utf8');
    expect(await validateGraphml(xml)).toEqual([]);
    expect(xml).toContain('attr.type="long"');
    expect(xml).toContain('attr.type="double"');
    expect(xml).toContain('attr.type="boolean"');
  });

  it('should reject GraphML that breaks the schema (so the validator really checks)', async () => {
    const xml = (await write('graphml'))
      .toString('utf8')
      .replace('<graph id="G"', '<graph id="G" bogus="1"')
      .replace('</graph>', '<unknown/></graph>');
    expect((await validateGraphml(xml)).length).toBeGreaterThan(0);
  });

  it('should write GEXF 1.3 that passes the 1.3 checks and the GEXF schema, with viz where known', async () => {
    const xml = (await write('gexf')).toString('utf8');
    expect(await validateGexf(xml)).toEqual([]);
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('<viz:position x="1.5" y="-2" z="0"/>');
    expect(xml).toContain('<viz:color r="225" g="87" b="89"/>');
    expect(xml).toContain('<viz:size value="12"/>');
    expect(xml).toContain('type="liststring"');
  });

  it('should find broken GEXF', async () => {
    const xml = (await write('gexf'))
      .toString('utf8')
      .replace('type="long"', 'type="number"')
      .replace('target="state:ru"', 'target="nowhere"');
    const errors = checkGexf13(xml);
    expect(errors.some((e) => e.includes('not a GEXF 1.3 type'))).toBe(true);
    expect(errors.some((e) => e.includes('nowhere'))).toBe(true);
  });

  it('should write a CSV zip with neo4j-admin headers, SOURCES listing every cited article, and IMPORT.txt', async () => {
    const entries = readZipEntries(await write('csv'), 'test.zip');
    expect([...entries.keys()]).toEqual(['nodes.csv', 'edges.csv', 'SOURCES', 'IMPORT.txt']);
    const nodesHeader = entries.get('nodes.csv')!.toString('utf8').split('\n')[0]!;
    expect(nodesHeader.startsWith('id:ID,:LABEL,')).toBe(true);
    expect(nodesHeader).toContain('aliases:string[]');
    expect(nodesHeader).toContain('mentionCount:long');
    expect(entries.get('edges.csv')!.toString('utf8').split('\n')[0]!.startsWith(':START_ID,:END_ID,:TYPE')).toBe(true);
    const nodes = entries.get('nodes.csv')!.toString('utf8');
    expect(nodes).toContain(`"'=HYPERLINK(""http://example.org"",""x"")"`);
    expect(nodes).toContain(`'-1+2`);
    expect(nodes).not.toMatch(/(^|,)"?[=+\-@]/m);
    const sources = entries.get('SOURCES')!.toString('utf8');
    expect(sources).toContain('2 articles cited');
    expect(sources).toContain('Talks');
    expect(sources).toContain('Example News');
    expect(sources).toContain('https://example.org/a1');
    expect(sources).toContain('Article b2');
  });

  it('should write graphology JSON that graphology can import, with sources in the graph attributes', async () => {
    const json = JSON.parse((await write('json')).toString('utf8'));
    const graph = new MultiDirectedGraph();
    graph.import(json);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.getNodeAttribute('state:ru', 'x')).toBe(1.5);
    expect(graph.getAttribute('sources')).toHaveLength(2);
  });

  it('should write a Cypher script of MERGE statements only, one per line, closed by its sources', async () => {
    const lines = (await write('cypher')).toString('utf8').trim().split('\n');
    const statements = lines.filter((l) => !l.startsWith('//'));
    expect(statements).toHaveLength(8);
    expect(statements.every((s) => /^(MERGE|MATCH) .*MERGE|^MERGE /.test(s) && s.endsWith(';'))).toBe(true);
    expect(lines.at(-1)).toContain('https://example.org/b2');
  });

  it('should write Cypher literals that keep whole numbers integers and escape strings', () => {
    expect(cypherLiteral(3)).toBe('3');
    expect(cypherLiteral(0.5)).toBe('0.5');
    expect(cypherLiteral('a"b\nc')).toBe('"a\\"b\\nc"');
    expect(cypherLiteral(['x', 1, true])).toBe('["x", 1, true]');
  });

  it('should escape GraphML ids that are not name tokens, reversibly', () => {
    const key = 'person:kim "the" <leader> & co_x0041_';
    expect(graphmlId(key)).toMatch(/^[\p{L}\p{N}._:-]+$/u);
    expect(fromGraphmlId(graphmlId(key))).toBe(key);
  });
});

describe('export streaming', () => {
  it('should stop with an error when the reader goes away, instead of waiting forever', async () => {
    const big: Subgraph = {
      nodes: Array.from({ length: 20_000 }, (_, i) => ({
        key: `n${i}`,
        labels: ['Entity'],
        properties: { id: `n${i}`, name: `Node ${i}` },
      })),
      edges: [],
    };
    const out = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        // The reader takes one chunk and hangs up.
        out.destroy();
        callback();
      },
    });
    await expect(FORMATS.jsonl.write(subgraphSource(big, 'test'), out)).rejects.toThrow(/output closed/);
  });
});

describe('export formats', () => {
  it('should name an unknown format and list the formats', () => {
    expect(() => exportFormat('xls')).toThrow(UnknownFormatError);
    expect(() => exportFormat('xls')).toThrow(/"xls".*gexf, graphml, json, csv, cypher, jsonl/);
  });

  it('should name files newsgraph-<scope>-<date>.<ext>', () => {
    const date = new Date('2026-11-24T10:00:00Z');
    expect(exportFileName('node-state:ru', FORMATS.csv, date)).toBe('newsgraph-node-state-ru-2026-11-24.zip');
    expect(exportFileName('view', FORMATS.gexf, date)).toBe('newsgraph-view-2026-11-24.gexf');
  });
});
