/*
 * Phrase tables: token-sequence keys (normalised tokens joined by spaces) to values, with the first
 * tokens and the longest length kept for fast longest-match lookup (see tokenize.ts: matchPhrase).
 */
import { tokenize, normaliseToken } from '../tokenize.ts';

/** A phrase table: token-sequence keys (normalised tokens joined by spaces) to values. */
export interface PhraseTable<T> {
  map: Map<string, T>;
  firstTokens: Set<string>;
  /** Every key's proper prefixes (of whole tokens), so a lookup stops as soon as no key can follow. */
  prefixes: Set<string>;
  maxTokens: number;
}

/** Key of a phrase: its normalised tokens joined by single spaces (possessive 's dropped). */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}

/** An empty table. */
export function emptyTable<T>(): PhraseTable<T> {
  return { map: new Map(), firstTokens: new Set(), prefixes: new Set(), maxTokens: 0 };
}

/** Adds a phrase; an existing key keeps its value unless `overwrite`. */
export function addPhrase<T>(table: PhraseTable<T>, phrase: string, value: T, overwrite = false): void {
  const tokens = tokenize(phrase);
  if (tokens.length === 0) return;
  const key = tokens.map((t) => t.norm).join(' ');
  if (!overwrite && table.map.has(key)) return;
  table.map.set(key, value);
  table.firstTokens.add(tokens[0]!.norm);
  for (let n = 1, prefix = tokens[0]!.norm; n < tokens.length; prefix = `${prefix} ${tokens[n]!.norm}`, n++)
    table.prefixes.add(prefix);
  table.maxTokens = Math.max(table.maxTokens, tokens.length);
}

/** A table of phrases that are present or not. */
export function tableOf(phrases: string[] | undefined): PhraseTable<true> {
  const table = emptyTable<true>();
  for (const phrase of phrases ?? []) addPhrase(table, phrase, true);
  return table;
}

/** A set of single words, normalised as tokens are. */
export function lowerSet(list: string[] | undefined): Set<string> {
  return new Set((list ?? []).map((w) => normaliseToken(w)));
}
