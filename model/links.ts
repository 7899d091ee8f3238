/*
 * Links the explorer may follow: only http and https. An article's URL comes from the file it was
 * read from, so `javascript:`, `data:` or `file:` links are dropped before they reach the graph, and
 * again before they reach an href.
 */

/** `text` when it is an absolute http(s) URL, else null. */
export function httpUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? text.trim() : null;
  } catch {
    return null;
  }
}
