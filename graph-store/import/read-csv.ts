/*
 * Reads the CSV export (a zip of nodes.csv and edges.csv with neo4j-admin headers) back: `name:type`
 * columns typed as declared, `type[]` columns split on `;`, an empty cell is no property and a quoted
 * empty cell an empty string (or list).
 */
import { InputError } from '#model/errors.ts';
import { ARRAY_DELIMITER } from '../export/writers/csv-zip.ts';
import { fromSpreadsheetText } from '#model/export/csv.ts';
import { readZipEntries } from './read-zip.ts';
import type { ImportedGraph } from './types.ts';
import { typedScalar } from './values.ts';

interface Field {
  text: string;
  quoted: boolean;
}

/** RFC 4180 rows, keeping whether each field was quoted. */
export function parseCsv(text: string): Field[][] {
  const rows: Field[][] = [];
  let row: Field[] = [];
  let i = 0;
  while (i < text.length) {
    let field: Field;
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) break;
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      field = { text: value, quoted: true };
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end++;
      field = { text: text.slice(i, end), quoted: false };
      i = end;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n' || i >= text.length) {
      i++;
      rows.push(row);
      row = [];
    }
  }
  return rows.filter((r) => !(r.length === 1 && r[0]!.text === '' && !r[0]!.quoted));
}

interface Column {
  name: string;
  type: string;
  list: boolean;
}

function columns(header: Field[]): Column[] {
  return header.map(({ text: guarded }) => {
    const text = fromSpreadsheetText(guarded);
    const at = text.lastIndexOf(':');
    const name = at < 0 ? text : text.slice(0, at);
    const type = at < 0 ? 'string' : text.slice(at + 1);
    return { name, type: type.replace(/\[\]$/, ''), list: type.endsWith('[]') };
  });
}

function cellValue(column: Column, field: Field | undefined): unknown {
  if (!field || (field.text === '' && !field.quoted)) return undefined;
  const type = column.type.toLowerCase();
  // The export guarded text against spreadsheets (model/export/csv.ts); take the guard off.
  const text = type === 'string' ? fromSpreadsheetText(field.text) : field.text;
  if (column.list) return text === '' ? [] : text.split(ARRAY_DELIMITER).map((p) => typedScalar(type, p));
  return typedScalar(type, text);
}

/** Reads a CSV export zip. */
export function readCsvZip(zip: Buffer, file: string): ImportedGraph {
  const entries = readZipEntries(zip, file);
  const nodesCsv = entries.get('nodes.csv');
  const edgesCsv = entries.get('edges.csv');
  if (!nodesCsv) throw new InputError(`${file} holds no nodes.csv; it is not a newsgraph CSV export`);
  const graph: ImportedGraph = { nodes: [], edges: [] };
  const [nodeHeader, ...nodeRows] = parseCsv(nodesCsv.toString('utf8'));
  const nodeColumns = columns(nodeHeader ?? []);
  for (const row of nodeRows) {
    let key = '';
    let labels: string[] = [];
    const properties: Record<string, unknown> = {};
    nodeColumns.forEach((column, i) => {
      const field = row[i];
      if (column.type === 'ID') {
        key = field?.text ?? '';
        if (column.name) properties[column.name] = key;
      } else if (column.type === 'LABEL') labels = (field?.text ?? '').split(ARRAY_DELIMITER).filter(Boolean);
      else {
        const value = cellValue(column, field);
        if (value !== undefined) properties[column.name] = value;
      }
    });
    graph.nodes.push({ key, labels: labels.length > 0 ? labels : ['Node'], properties });
  }
  if (edgesCsv) {
    const [edgeHeader, ...edgeRows] = parseCsv(edgesCsv.toString('utf8'));
    const edgeColumns = columns(edgeHeader ?? []);
    for (const row of edgeRows) {
      const edge = { type: 'RELATED_TO', source: '', target: '', properties: {} as Record<string, unknown> };
      edgeColumns.forEach((column, i) => {
        const field = row[i];
        if (column.type === 'START_ID') edge.source = field?.text ?? '';
        else if (column.type === 'END_ID') edge.target = field?.text ?? '';
        else if (column.type === 'TYPE') edge.type = field?.text || 'RELATED_TO';
        else {
          const value = cellValue(column, field);
          if (value !== undefined) edge.properties[column.name] = value;
        }
      });
      graph.edges.push(edge);
    }
  }
  return graph;
}
