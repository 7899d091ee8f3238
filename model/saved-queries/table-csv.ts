/*
 * A query's table as CSV (RFC 4180): a header row, then every cell as its table text (cell-text.ts).
 * One writer for `newsgraph query --format csv` and the Queries panel's "Download CSV". Pure.
 */
import { cellText } from './cell-text.ts';

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header row; every cell as its table text; lines end with CRLF. */
export function tableCsv(columns: string[], rows: unknown[][]): string {
  return (
    [columns, ...rows.map((row) => row.map(cellText))].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
  );
}
