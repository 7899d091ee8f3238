/*
 * The Export menu's choices and what they mean, pure: the formats (the model's one list: data
 * formats made by the server, images and the view's GEXF made in the browser), the scopes, and
 * where each export is made.
 */
import { isImage, type AnyFormat } from '#model/export/formats.ts';

export type MenuFormat = AnyFormat;
export type MenuScope = 'view' | 'selection' | 'query';

export const MENU_SCOPES: { value: MenuScope; label: string }[] = [
  { value: 'view', label: 'Current view' },
  { value: 'selection', label: 'Selection' },
  { value: 'query', label: 'Saved query result' },
];

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
