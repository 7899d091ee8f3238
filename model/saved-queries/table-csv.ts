/*
 * A query's table as CSV (RFC 4180): a header row, then every cell as its table text (cell-text.ts),
 * numbers and booleans as they are, text guarded against spreadsheet formulas (export/csv.ts).
 * One writer for `newsgraph query --format csv` and the Queries panel's "Download CSV". Pure.
 */
import { csvField, csvTextCell } from '../export/csv.ts';
import { cellText } from './cell-text.ts';

/** One CSV cell: numbers and booleans as they are, anything else as text safe for spreadsheets. */
function csvCell(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean'
    ? csvField(String(value))
    : csvTextCell(cellText(value));
}

/** CSV with a header row; every cell as its table text; lines end with CRLF. */
export function tableCsv(columns: string[], rows: unknown[][]): string {
  return [columns.map(csvTextCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n') + '\r\n';
}
