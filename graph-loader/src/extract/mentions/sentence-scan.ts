/*
 * The state of the left-to-right scan over one sentence's tokens: the mentions found so far and which
 * token belongs to which, plus the lookups every step needs (gazetteer surfaces, titles, breaks in a name).
 */
import type { SentenceSpan } from '../../contract.ts';
import type { Knowledge, PhraseTarget, TitleInfo } from '../knowledge.ts';
import { matchPhrase, type PhraseMatch, type Token } from '../tokenize.ts';
import type { FoundMention } from './types.ts';
import { slugify } from '../ids.ts';
import type { Pos } from '../language/tag-text.ts';

export interface SentenceScan {
  sentence: SentenceSpan;
  text: string;
  tokens: Token[];
  /** Parts of speech of the tokens. */
  pos: Pos[];
  headline: boolean;
  mentions: FoundMention[];
  mentionAt: Int32Array;
  titleAt: Uint8Array;
  knowledge: Knowledge;
}

/** Records a mention and marks its tokens. */
export function pushMention(scan: SentenceScan, m: FoundMention): void {
  scan.mentions.push(m);
  for (let k = m.first; k < m.last; k++) scan.mentionAt[k] = scan.mentions.length - 1;
}

/** Records the name `name` of a new place or organisation over tokens `first` to `last` (exclusive). */
export function pushName(
  scan: SentenceScan,
  type: 'Place' | 'Organisation',
  name: string,
  first: number,
  last: number,
  more: Partial<FoundMention> = {},
): void {
  pushMention(scan, {
    key: `${type === 'Place' ? 'place' : 'org'}:${slugify(name)}`,
    type,
    name,
    kind: 'name',
    first,
    last,
    start: scan.tokens[first]!.start,
    end: scan.tokens[last - 1]!.end,
    ...more,
  });
}

/** Text between two tokens contains punctuation that breaks a name (comma, quote, bracket, dash...). */
export function brokenBetween(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return !/^[\s]*$/.test(gap) && !/^[-‐‑]$/.test(gap);
}

function gazetteerAtWord(scan: SentenceScan, i: number): PhraseMatch<PhraseTarget> | undefined {
  const { tokens } = scan;
  const match = matchPhrase(scan.knowledge.surfaces, tokens, i);
  if (!match) return undefined;
  const span = tokens.slice(i, i + match.length);
  if (!span.some((t) => t.cap)) return undefined;
  if (!span[0]!.cap && span[0]!.norm !== 'the' && !(span.length > 1)) return undefined;
  if (
    match.value.exactCase &&
    span.some((t) => t.text.replace(/[^\p{L}]/gu, '') !== t.text.replace(/[^\p{L}]/gu, '').toUpperCase())
  )
    return undefined;
  // "the" alone does not start a name: "the Kremlin" must be matched with its capitalised word.
  if (span[0]!.norm === 'the' && !span[1]?.cap) return undefined;
  return match;
}

const gazetteerCache = new WeakMap<Token[], (PhraseMatch<PhraseTarget> | null)[]>();

/** The gazetteer surface starting at token i (a leading "the" included when the longer match needs it). */
export function gazetteerAt(scan: SentenceScan, i: number): PhraseMatch<PhraseTarget> | undefined {
  let cache = gazetteerCache.get(scan.tokens);
  if (!cache) {
    cache = [];
    gazetteerCache.set(scan.tokens, cache);
  }
  let found = cache[i];
  if (found === undefined) {
    found = gazetteerLookup(scan, i) ?? null;
    cache[i] = found;
  }
  return found ?? undefined;
}

function gazetteerLookup(scan: SentenceScan, i: number): PhraseMatch<PhraseTarget> | undefined {
  if (scan.tokens[i]?.norm === 'the') {
    const withThe = gazetteerAtWord(scan, i);
    const without = gazetteerAtWord(scan, i + 1);
    if (without && (!withThe || without.length + 1 > withThe.length)) return { ...without, length: without.length + 1 };
    return withThe;
  }
  return gazetteerAtWord(scan, i);
}

/** The title starting at token i ("President", "Foreign Minister"); abbreviations need their dot ("Sen."). */
export function titleMatch(scan: SentenceScan, i: number): PhraseMatch<TitleInfo> | undefined {
  const match = matchPhrase(scan.knowledge.titles, scan.tokens, i);
  if (match?.value.abbreviation && !scan.tokens[i + match.length - 1]!.text.endsWith('.')) return undefined;
  return match;
}
