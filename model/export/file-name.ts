/* The name every export is saved under, `newsgraph-<scope>-<date>.<ext>`: pure, shared with the browser. */

/** `newsgraph-<scope>-<date>.<extension>`, the scope reduced to file-name-safe characters. */
export function exportFileName(scopeName: string, format: { extension: string }, date = new Date()): string {
  const scope =
    scopeName
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export';
  return `newsgraph-${scope}-${date.toISOString().slice(0, 10)}.${format.extension}`;
}
