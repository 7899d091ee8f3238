/*
 * CSV for neo4j-admin import: nodes.csv and edges.csv in a zip, with its headers (`id:ID`, `:LABEL`,
 * `:START_ID`, `:END_ID`, `:TYPE`, typed property columns such as `mentionCount:long` and
 * `aliases:string[]`), a SOURCES file listing every cited article, and IMPORT.txt with the command.
 * Arrays are `;`-separated (neo4j-admin's default); sentence text may hold newlines, so import with
 * --multiline-fields=true. An empty cell is no property; `""` is an empty string (or empty list).
 * Text that a spreadsheet would run as a formula gets a leading apostrophe (model/export/csv.ts);
 * `newsgraph import` removes it. Two passes (columns, then rows); the zip is streamed entry by entry.
 */
import { PassThrough, type Writable } from 'node:stream';
import { once } from 'node:events';
import { ZipFile } from 'yazl';
import { TextSink } from '../sink.ts';
import type { ExportSummary, GraphSource } from '#model/export/types.ts';
import { CitationCollector, TypeModel, scalarText, sourcesText, type ValueType } from '#model/export/values.ts';
import { today } from '#model/export/xml.ts';
import { csvField, csvTextCell } from '#model/export/csv.ts';

export const ARRAY_DELIMITER = ';';

/** neo4j-admin column type. */
export function adminType(type: ValueType): string {
  return `${type.base}${type.list ? '[]' : ''}`;
}

function cell(value: unknown, type: ValueType | undefined): string {
  if (value === null || value === undefined || !type) return '';
  // Text cells are made safe for spreadsheets; numbers and booleans cannot start a formula.
  const field = type.base === 'string' ? csvTextCell : csvField;
  if (type.list) return field((Array.isArray(value) ? value : [value]).map(scalarText).join(ARRAY_DELIMITER));
  if (Array.isArray(value)) return field(JSON.stringify(value));
  return field(scalarText(value));
}

/** The column header of a property. */
function column(name: string, type: ValueType): string {
  return csvTextCell(`${name}:${adminType(type)}`);
}

function lazyEntry(zip: ZipFile, name: string, produce: (out: Writable) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.addReadStreamLazy(name, (callback) => {
      const pass = new PassThrough();
      callback(null, pass);
      produce(pass).then(
        () => {
          pass.end();
          resolve();
        },
        (error: unknown) => {
          pass.destroy(error as Error);
          reject(error);
        },
      );
    });
  });
}

const IMPORT_TXT = `Import into an empty Neo4j 5 database with neo4j-admin (stop the database first):

  neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv --multiline-fields=true neo4j

or into any newsgraph database, merging with what is there:

  newsgraph import <this zip>
`;

/** Writes the source as a zip of nodes.csv, edges.csv, SOURCES and IMPORT.txt to `out`. */
export async function writeCsvZip(source: GraphSource, out: Writable): Promise<ExportSummary> {
  const nodeModel = new TypeModel();
  const edgeModel = new TypeModel();
  for await (const node of source.nodes()) nodeModel.note(node.properties);
  for await (const edge of source.edges()) edgeModel.note(edge.properties);
  const nodeColumns = nodeModel.entries().filter(([name]) => name !== 'id');
  const edgeColumns = edgeModel.entries();
  const citations = new CitationCollector();
  const summary: ExportSummary = { nodes: 0, edges: 0, articles: 0 };

  const zip = new ZipFile();
  const mtime = new Date();
  const written = lazyEntry(zip, 'nodes.csv', async (entry) => {
    const sink = new TextSink(entry);
    await sink.write(['id:ID', ':LABEL', ...nodeColumns.map(([n, t]) => column(n, t))].join(',') + '\n');
    for await (const node of source.nodes()) {
      citations.noteNode(node);
      summary.nodes++;
      const cells = [
        csvField(node.key),
        csvField(node.labels.join(ARRAY_DELIMITER)),
        ...nodeColumns.map(([n, t]) => cell(node.properties[n], t)),
      ];
      await sink.write(cells.join(',') + '\n');
    }
    await sink.flush();
  });
  const edgesWritten = lazyEntry(zip, 'edges.csv', async (entry) => {
    const sink = new TextSink(entry);
    await sink.write([':START_ID', ':END_ID', ':TYPE', ...edgeColumns.map(([n, t]) => column(n, t))].join(',') + '\n');
    for await (const edge of source.edges()) {
      citations.noteEdge(edge);
      summary.edges++;
      const cells = [
        csvField(edge.source),
        csvField(edge.target),
        csvField(edge.type),
        ...edgeColumns.map(([n, t]) => cell(edge.properties[n], t)),
      ];
      await sink.write(cells.join(',') + '\n');
    }
    await sink.flush();
  });
  const sourcesWritten = lazyEntry(zip, 'SOURCES', async (entry) => {
    const articles = await citations.resolve((ids) => source.articles(ids));
    summary.articles = articles.length;
    entry.write(sourcesText(articles, `Articles cited by this newsgraph export (${source.scopeName}), ${today()}.`));
  });
  zip.addBuffer(Buffer.from(IMPORT_TXT), 'IMPORT.txt', { mtime });
  zip.end();
  zip.outputStream.pipe(out, { end: false });
  const ended = once(zip.outputStream, 'end');
  await Promise.all([written, edgesWritten, sourcesWritten, ended]);
  return summary;
}
