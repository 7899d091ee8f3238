/*
 * `newsgraph import <file>`: recognises the export format (by extension, then by content), reads it
 * and writes it. The file is read whole; imports are bounded by memory, exports are not.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphDatabase } from '../db/graph-database.ts';
import { InputError } from '#model/errors.ts';
import { readCsvZip } from './read-csv.ts';
import { readCypherScript } from './read-cypher.ts';
import { readGraphologyJson, readJsonl } from './read-json.ts';
import { readGexf, readGraphml } from './read-xml.ts';
import { IMPORT_FORMATS, type ImportFormat, type ImportedGraph } from './types.ts';
import { writeImported, type ImportCounts } from './write-imported.ts';

const BY_EXTENSION: Record<string, ImportFormat> = {
  cypher: 'cypher',
  cyp: 'cypher',
  cql: 'cypher',
  zip: 'csv',
  graphml: 'graphml',
  gexf: 'gexf',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** The format of an export file, from its extension or else its first bytes. */
export function detectFormat(file: string, head: Buffer): ImportFormat {
  const byExtension = BY_EXTENSION[path.extname(file).slice(1).toLowerCase()];
  if (byExtension) return byExtension;
  const text = head.subarray(0, 4096).toString('utf8').trimStart();
  if (head.readUInt32LE(0) === 0x04034b50) return 'csv';
  if (text.startsWith('<')) {
    if (text.includes('<gexf')) return 'gexf';
    if (text.includes('<graphml')) return 'graphml';
  }
  if (text.startsWith('{"type":')) return 'jsonl';
  if (text.startsWith('{')) return 'json';
  if (/^(\/\/|MERGE |MATCH )/.test(text)) return 'cypher';
  throw new InputError(`cannot tell the format of ${file}; import reads ${IMPORT_FORMATS.join(', ')} exports`);
}

/** Parses an export file's content. */
export function readExport(content: Buffer, format: ImportFormat, file: string): ImportedGraph {
  switch (format) {
    case 'csv':
      return readCsvZip(content, file);
    case 'cypher':
      return readCypherScript(content.toString('utf8'), file);
    case 'gexf':
      return readGexf(content.toString('utf8'), file);
    case 'graphml':
      return readGraphml(content.toString('utf8'), file);
    case 'json':
      return readGraphologyJson(content.toString('utf8'), file);
    case 'jsonl':
      return readJsonl(content.toString('utf8'), file);
  }
}

/** Reads and writes one export file. */
export async function importFile(db: GraphDatabase, file: string): Promise<ImportCounts & { format: ImportFormat }> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (content.length === 0) throw new InputError(`${file} is empty`);
  const format = detectFormat(file, content);
  const counts = await writeImported(db, readExport(content, format, file));
  return { ...counts, format };
}
