/*
 * The export formats with their writers: the model's format table (model/export/formats.ts) with a
 * streaming writer attached to each data format. PNG and SVG are drawn in the browser, not here.
 */
import type { Writable } from 'node:stream';
import { UnknownFormatError } from '#model/errors.ts';
import { EXPORT_FORMATS, FORMAT_SPECS, type ExportFormat, type FormatSpec } from '#model/export/formats.ts';
import type { ExportSummary, GraphSource } from '#model/export/types.ts';
import { writeGexf } from './writers/gexf.ts';
import { writeGraphml } from './writers/graphml.ts';
import { writeGraphologyJson } from './writers/graphology-json.ts';
import { writeCsvZip } from './writers/csv-zip.ts';
import { writeCypher } from './writers/cypher.ts';
import { writeJsonl } from './writers/jsonl.ts';

export interface FormatInfo extends FormatSpec {
  name: ExportFormat;
  write(source: GraphSource, out: Writable): Promise<ExportSummary>;
}

const WRITERS: Record<ExportFormat, FormatInfo['write']> = {
  gexf: writeGexf,
  graphml: writeGraphml,
  json: writeGraphologyJson,
  csv: writeCsvZip,
  cypher: writeCypher,
  jsonl: writeJsonl,
};

/** Every data format with its writer. */
export const FORMATS = Object.fromEntries(
  EXPORT_FORMATS.map((name) => [name, { ...FORMAT_SPECS[name], name, write: WRITERS[name] }]),
) as Record<ExportFormat, FormatInfo>;

/** The format named `name` (case-insensitive); throws UnknownFormatError listing the formats otherwise. */
export function exportFormat(name: string): FormatInfo {
  const key = name.trim().toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(key)) throw new UnknownFormatError(name, EXPORT_FORMATS);
  return FORMATS[key as ExportFormat];
}
