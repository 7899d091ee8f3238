/*
 * The export formats: name, file extension, media type, whether it can go to stdout, and its writer.
 * PNG and SVG are images of the explorer's view, made in the browser (web/src/export), not here.
 */
import type { Writable } from 'node:stream';
import { UsageError } from '#model/errors.ts';
import type { ExportSummary, GraphSource } from '#model/export/types.ts';
import { writeGexf } from './writers/gexf.ts';
import { writeGraphml } from './writers/graphml.ts';
import { writeGraphologyJson } from './writers/graphology-json.ts';
import { writeCsvZip } from './writers/csv-zip.ts';
import { writeCypher } from './writers/cypher.ts';
import { writeJsonl } from './writers/jsonl.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv', 'cypher', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  name: ExportFormat;
  /** File extension, without the dot. */
  extension: string;
  mediaType: string;
  /** Binary formats (the CSV zip) are never written to a terminal or stdout. */
  binary: boolean;
  description: string;
  write(source: GraphSource, out: Writable): Promise<ExportSummary>;
}

export const FORMATS: Record<ExportFormat, FormatInfo> = {
  gexf: {
    name: 'gexf',
    extension: 'gexf',
    mediaType: 'application/gexf+xml',
    binary: false,
    description: 'GEXF 1.3 for Gephi',
    write: writeGexf,
  },
  graphml: {
    name: 'graphml',
    extension: 'graphml',
    mediaType: 'application/graphml+xml',
    binary: false,
    description: 'GraphML for yEd, Cytoscape, networkx',
    write: writeGraphml,
  },
  json: {
    name: 'json',
    extension: 'json',
    mediaType: 'application/json',
    binary: false,
    description: 'graphology JSON',
    write: writeGraphologyJson,
  },
  csv: {
    name: 'csv',
    extension: 'zip',
    mediaType: 'application/zip',
    binary: true,
    description: 'nodes.csv + edges.csv (neo4j-admin headers) and SOURCES in a zip',
    write: writeCsvZip,
  },
  cypher: {
    name: 'cypher',
    extension: 'cypher',
    mediaType: 'application/x-cypher-query; charset=utf-8',
    binary: false,
    description: 'idempotent MERGE script',
    write: writeCypher,
  },
  jsonl: {
    name: 'jsonl',
    extension: 'jsonl',
    mediaType: 'application/x-ndjson',
    binary: false,
    description: 'JSON Lines',
    write: writeJsonl,
  },
};

/** An unknown export format, with the list of known ones in its message. */
export class UnknownFormatError extends UsageError {
  constructor(readonly format: string) {
    super(
      `unknown export format "${format}"; the formats are: ${EXPORT_FORMATS.join(', ')} (and png, svg of the view, from the explorer)`,
    );
  }
}

/** The format named `name` (case-insensitive); throws UnknownFormatError listing the formats otherwise. */
export function exportFormat(name: string): FormatInfo {
  const key = name.trim().toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(key)) throw new UnknownFormatError(name);
  return FORMATS[key as ExportFormat];
}

export { exportFileName } from '#model/export/file-name.ts';
