/*
 * Word tokens with offsets, and longest-match lookup of phrases over them. One left-to-right pass,
 * so the cost is linear in the text length. Hyphens and apostrophes split words ("Kim Jong-un" and
 * "Kim Jong Un" give the same tokens); a possessive "'s" is folded into the word before it.
 */
import { readFileSync } from 'node:fs';
import type { PhraseTable } from './knowledge.ts';
import { dataPath } from '../paths.ts';

let abbreviations: Set<string> | undefined;

/** Abbreviations that keep their dot ("Gen.", "Rep."), from data/abbreviations.json. */
function knownAbbreviations(): Set<string> {
  abbreviations ??= new Set(
    (JSON.parse(readFileSync(dataPath('abbreviations.json'), 'utf8')) as string[]).map((a) => a.toLowerCase()),
  );
  return abbreviations;
}

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower case, accents and apostrophe variants removed, trailing dot dropped. */
  norm: string;
  /** Offsets into the string that was tokenised (end exclusive). */
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Followed by a possessive 's. */
  possessive: boolean;
  /** Joined to the previous token by a hyphen with no space ("Jong-un"). */
  hyphenBefore: boolean;
  /** Inside double quotation marks. */
  quoted: boolean;
}

// Initialisms with dots (U.S., D.P.R.K.), words (letters then letters/digits, with an apostrophe before a capital
// inside names: O'Brien, N'Djamena), numbers, abbreviations.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?!S\b)\p{Lu}[\p{L}\p{M}\p{N}]*)*\.?|\p{N}+(?:[.,]\p{N}+)*/gu;
const APOSTROPHES = /['’‘`]/;
const OPENING_QUOTE = /[“«„]/;
const CLOSING_QUOTE = /[”»]/;

/** Normalises a word for lookups: lower case, no accents, no trailing dot. */
export function normaliseToken(word: string): string {
  let w = word.toLowerCase();
  if (/\P{ASCII}/u.test(w)) w = w.normalize('NFD').replace(/\p{M}/gu, '');
  if (w.length > 1 && w.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(w)) w = w.slice(0, -1);
  return w.replace(/’/g, "'");
}

/** A capital letter with its dot. */
const INITIAL = /^\p{Lu}\.$/u;

/** "J. K. Rowan": a capital letter with a dot (not the numeral "I.") before another capitalised word is an initial of a name. */
function initialBeforeName(text: string, word: string, start: number): boolean {
  return (
    INITIAL.test(word) && word !== 'I.' && /^\s+\p{Lu}/u.test(text.slice(start + word.length, start + word.length + 8))
  );
}

/** A token that is an initial kept with its dot ("A." in "A. B. Sharma"). */
export function isInitial(t: Token): boolean {
  return INITIAL.test(t.text);
}

/**
 * Splits text into word tokens. A trailing dot stays on a word only when it is a known abbreviation
 * (data/abbreviations.json) or an initial before a name; other dots end the sentence and are dropped. `insideQuote`: the text starts inside a
 * quotation opened earlier (a quoted passage of several sentences).
 */
export function tokenize(text: string, insideQuote = false): Token[] {
  const tokens: Token[] = [];
  let quoted = insideQuote;
  let scanned = 0;
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    const start = match.index;
    // Track double quotes between the previous token and this one.
    for (let i = scanned; i < start; i++) {
      const ch = text[i]!;
      if (ch === '"') quoted = !quoted;
      else if (OPENING_QUOTE.test(ch)) quoted = true;
      else if (CLOSING_QUOTE.test(ch)) quoted = false;
    }
    // Keep the dot only on short abbreviations ("Rep.", "Gen.", "Mr."), not at the end of a sentence.
    if (word.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(word)) {
      if (!knownAbbreviations().has(word.toLowerCase()) && !initialBeforeName(text, word, start))
        word = word.slice(0, -1);
    }
    const end = start + word.length;
    scanned = end;
    const previous = tokens.at(-1);
    // A possessive 's after an apostrophe belongs to the previous word.
    if (
      previous &&
      (word === 's' || word === 'S') &&
      start === previous.end + 1 &&
      APOSTROPHES.test(text[previous.end]!)
    ) {
      previous.possessive = true;
      continue;
    }
    tokens.push({
      text: word,
      norm: normaliseToken(word),
      start,
      end,
      cap: /^\p{Lu}/u.test(word),
      // "Magistrates' Court", "the Philippines' coast guard": an apostrophe after a plural's s makes it possessive.
      possessive: /s$/i.test(word) && word.length > 1 && /^['’](?:\s|$)/.test(text.slice(end, end + 2)),
      hyphenBefore: previous !== undefined && start === previous.end + 1 && /[-‐‑]/.test(text[previous.end]!),
      quoted,
    });
  }
  return tokens;
}

export interface PhraseMatch<T> {
  value: T;
  /** Number of tokens matched. */
  length: number;
}

/** Longest phrase of `table` that starts at token `i`, or undefined. */
export function matchPhrase<T>(table: PhraseTable<T>, tokens: Token[], i: number): PhraseMatch<T> | undefined {
  const first = tokens[i];
  if (!first || !table.firstTokens.has(first.norm)) return undefined;
  const limit = Math.min(table.maxTokens, tokens.length - i);
  let key = first.norm;
  let found: PhraseMatch<T> | undefined;
  for (let n = 1; n <= limit; n++) {
    if (n > 1) key = `${key} ${tokens[i + n - 1]!.norm}`;
    const value = table.map.get(key);
    if (value !== undefined) found = { value, length: n };
    if (!table.prefixes.has(key)) break;
  }
  return found;
}

/** True when any phrase of `table` occurs in tokens[from, to). */
export function containsPhrase<T>(table: PhraseTable<T>, tokens: Token[], from = 0, to = tokens.length): boolean {
  return findPhrase(table, tokens, from, to) !== undefined;
}

/** First occurrence of a phrase of `table` in tokens[from, to): its index and match. */
export function findPhrase<T>(
  table: PhraseTable<T>,
  tokens: Token[],
  from = 0,
  to = tokens.length,
): (PhraseMatch<T> & { index: number }) | undefined {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const match = matchPhrase(table, tokens, i);
    if (match && i + match.length <= to) return { ...match, index: i };
  }
  return undefined;
}

/**
 * For each sentence start, whether it lies inside a quotation opened before it (double quotes, « », “ ”). A new
 * paragraph starts outside: a quotation running over paragraphs reopens each one.
 */
export function quoteStates(text: string, starts: number[]): boolean[] {
  const states: boolean[] = [];
  let quoted = false;
  let at = 0;
  for (const start of starts) {
    for (; at < start; at++) {
      const ch = text[at]!;
      if (ch === '"') quoted = !quoted;
      else if (OPENING_QUOTE.test(ch)) quoted = true;
      else if (CLOSING_QUOTE.test(ch)) quoted = false;
      else if (ch === '\n') quoted = false;
    }
    states.push(quoted);
  }
  return states;
}
