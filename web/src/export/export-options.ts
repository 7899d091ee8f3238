/*
 * The Export menu's choices and what they mean, pure: the formats (data formats made by the server,
 * images and the view's GEXF made in the browser), the scopes, and where each export is made.
 */
export type MenuFormat = 'gexf' | 'graphml' | 'json' | 'csv' | 'cypher' | 'jsonl' | 'png' | 'svg';
export type MenuScope = 'view' | 'selection' | 'query';

export const MENU_FORMATS: { value: MenuFormat; label: string; extension: string }[] = [
  { value: 'gexf', label: 'GEXF 1.3 (Gephi)', extension: 'gexf' },
  { value: 'graphml', label: 'GraphML (yEd, Cytoscape, networkx)', extension: 'graphml' },
  { value: 'json', label: 'graphology JSON', extension: 'json' },
  { value: 'csv', label: 'CSV zip (neo4j-admin import)', extension: 'zip' },
  { value: 'cypher', label: 'Cypher script (MERGE)', extension: 'cypher' },
  { value: 'jsonl', label: 'JSON Lines', extension: 'jsonl' },
  { value: 'png', label: 'PNG image of the view', extension: 'png' },
  { value: 'svg', label: 'SVG image of the view', extension: 'svg' },
];

export const MENU_SCOPES: { value: MenuScope; label: string }[] = [
  { value: 'view', label: 'Current view' },
  { value: 'selection', label: 'Selection' },
  { value: 'query', label: 'Saved query result' },
];

/** Images show the view as drawn: only of the current view, and without evidence. */
export function isImage(format: MenuFormat): boolean {
  return format === 'png' || format === 'svg';
}

/** Where the export is made: images and the view's GEXF (without evidence) in the browser, the rest by the server. */
export function madeInBrowser(format: MenuFormat, scope: MenuScope, withEvidence: boolean): boolean {
  return isImage(format) || (format === 'gexf' && scope === 'view' && !withEvidence);
}

/** `k=v` lines (or `k=v, k2=v2`) into saved-query parameters. */
export function parseParamLines(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const part of text.split(/[\n;]+/)) {
    const at = part.indexOf('=');
    if (at > 0) params[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return params;
}

/** The file name in a Content-Disposition header, if any. */
export function dispositionFileName(header: string | null): string | null {
  const match = header ? /filename="([^"]+)"/.exec(header) : null;
  return match ? match[1]! : null;
}
