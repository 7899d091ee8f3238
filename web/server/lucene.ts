/*
 * Turns what a user typed into a safe, typo-tolerant Lucene query for the full-text index.
 * Every Lucene special character is escaped; the result still goes to Neo4j as a $parameter.
 */

const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escapes every Lucene special character (and the words AND, OR, NOT) in one term. */
export function escapeLucene(term: string): string {
  const escaped = term.replace(SPECIAL, (c) => `\\${c}`);
  return /^(AND|OR|NOT)$/.test(escaped) ? escaped.toLowerCase() : escaped;
}

/**
 * Builds the search query: each word matches as typed, as a prefix (for suggestions while typing)
 * or, unless `fuzzy` is false, from four letters on within one or two edits (typos). Words are ANDed.
 * Returns null when nothing searchable is left.
 */
export function buildSearchQuery(input: string, fuzzy = true): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[\s\p{P}]+/u)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const term = escapeLucene(word.toLowerCase());
    const parts = [term, `${term}*`];
    if (fuzzy && word.length >= 4) parts.push(`${term}~${word.length >= 7 ? 2 : 1}`);
    return `(${parts.join(' OR ')})`;
  });
  return clauses.join(' AND ');
}

const DATE_TERM = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Splits what a user typed into date terms (2024, 2024-06, 2024-06-25: they match event dates by
 * prefix) and the Lucene query of the other words (null when only dates were typed).
 */
export function splitSearchText(input: string): { query: string | null; dates: string[] } {
  const tokens = input.normalize('NFKC').split(/\s+/).filter(Boolean);
  const dates = tokens.filter((t) => DATE_TERM.test(t)).slice(0, 3);
  const words = tokens.filter((t) => !DATE_TERM.test(t)).join(' ');
  return { query: buildSearchQuery(words), dates };
}
