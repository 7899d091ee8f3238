/*
 * CSV cells, written once for every CSV newsgraph makes (the export's zip, query results). A cell is
 * quoted when it must be; and text a spreadsheet would run as a formula (starting with =, +, -, @,
 * a tab or a carriage return) gets a leading apostrophe, which spreadsheets show as text and hide.
 * Reading an export back (graph-store/import) removes that apostrophe again.
 */

/** What a spreadsheet takes for the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV field, quoted when it holds a quote, a comma or a line break (or is empty). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text a spreadsheet shows as text: a leading apostrophe when it would start a formula. */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text spreadsheetText was given (removes the apostrophe it added). */
export function fromSpreadsheetText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** A CSV cell of text: safe for spreadsheets, quoted when it must be. */
export function csvTextCell(text: string): string {
  return csvField(spreadsheetText(text));
}
