/*
 * Sentence stage: splits normalised text into sentences with character offsets into that text.
 * Built on Intl.Segmenter (ICU sentence rules); fragments that end in a known abbreviation
 * ("U.S.", "Gen.") or in initials ("M.R.", "J.") are joined to the next one. Abbreviations live in data/abbreviations.json; those that may also end a sentence in data/sentence-final-abbreviations.json.
 * Given a limit (the pipeline gives MAX_SENTENCE_CHARS), a longer sentence (text with its punctuation
 * missing, a 1 MB single line) is cut at white space into pieces of at most that length, so later
 * stages' work per sentence stays bounded; `onLimit` hears about it. Work is linear in the text: V8's Intl.Segmenter slows down
 * faster than the text grows (34 s for 40,000 short sentences in one string), so it is given the text
 * in windows of at most SEGMENT_WINDOW characters, cut at line breaks (where ICU always ends a
 * sentence) or else after a sentence's closing punctuation.
 */
import { readFileSync } from 'node:fs';
import type { SentenceSpan } from '../contract.ts';
import { dataPath } from '../paths.ts';

/** Sentences longer than this (in UTF-16 code units) are cut into pieces. */
export const MAX_SENTENCE_CHARS = 2_000;
/** The most text given to Intl.Segmenter at once. */
const SEGMENT_WINDOW = 4_096;
/** A full stop, question or exclamation mark (with closing quotes or brackets) and white space before what looks like a new sentence. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s+(?=[\p{Lu}\p{N}"“'‘(])/gu;
/** How far back from the limit a cut looks for white space before cutting inside a word. */
const CUT_WINDOW = 200;
/** Enough of a fragment's end to hold its last word. */
const TAIL = 64;

const wordLists = new Map<string, Set<string>>();

/** A list of words in a data file (a JSON array), lower-cased, read once. */
function wordList(file: string): Set<string> {
  let words = wordLists.get(file);
  if (!words) {
    words = new Set((JSON.parse(readFileSync(dataPath(file), 'utf8')) as string[]).map((w) => w.toLowerCase()));
    wordLists.set(file, words);
  }
  return words;
}

/** Abbreviations that never end a sentence ("Gen.", "Mr."). */
const knownAbbreviations = () => wordList('abbreviations.json');
/** Abbreviations that may also end a sentence ("U.S.", "a.m.", "Inc."). */
const sentenceFinalAbbreviations = () => wordList('sentence-final-abbreviations.json');

/** Initials with dots ("J.", "M.R.", "J.K."; not the Roman numeral "I."). */
const INITIALS = /^(?!I\.$)(?:\p{Lu}\.)+$/u;

/** Words that open sentences and start no name ("The", "He", "In"), from data/sentence-openers.json. */
const sentenceOpeners = () => wordList('sentence-openers.json');

/**
 * Whether `fragment` ends in an abbreviation that never ends a sentence ("Gen."), in one that may ("U.S.", "a.m.")
 * before a word that does not open sentences ("U.S. officials"), or in initials before a name ("M.R. Gokhale", "J. K.
 * Rowan") — not before a word that opens sentences ("in Washington, D.C. The ...").
 */
function endsWithAbbreviation(fragment: string, next: string): boolean {
  const lastWord = /(\S+)\s*$/.exec(fragment)?.[1];
  if (lastWord === undefined) return false;
  const nextWord = /^\s*\p{Lu}\p{L}*/u.exec(next)?.[0].trim().toLowerCase();
  const opensSentence = nextWord !== undefined && sentenceOpeners().has(nextWord);
  // "sanctions on the U.S. The U.S. imposed ...": an abbreviation that may end a sentence ends it before an opener.
  if (sentenceFinalAbbreviations().has(lastWord.toLowerCase())) return !opensSentence;
  if (knownAbbreviations().has(lastWord.toLowerCase())) return true;
  return INITIALS.test(lastWord) && nextWord !== undefined && !opensSentence;
}

/** Whether the white space just before `index` (not before `from`) holds a line break. */
function lineBreakBefore(text: string, from: number, index: number): boolean {
  for (let i = index - 1; i >= from && /\s/.test(text[i]!); i--) if (text[i] === '\n') return true;
  return false;
}

/** The end of the first piece of text[start, end) no longer than `max`: at white space if near, never inside a surrogate pair. */
function cutPoint(text: string, start: number, end: number, max: number): number {
  let cut = start + max;
  for (let i = cut; i > cut - CUT_WINDOW && i > start; i--) {
    if (/\s/.test(text[i - 1]!)) return i;
  }
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return Math.min(cut, end);
}

/** Pushes text[start, end) as sentences, trimmed, cut into pieces of at most `max` characters. Returns how many cuts. */
function pushTrimmed(sentences: SentenceSpan[], text: string, start: number, end: number, max: number): number {
  let cuts = 0;
  let from = start;
  // Measured without the white space after it: a sentence within the limit is never cut (nor counted as cut).
  let stop = end;
  while (stop > from && /\s/.test(text[stop - 1]!)) stop--;
  while (from < stop) {
    while (from < stop && /\s/.test(text[from]!)) from++;
    if (from >= stop) break;
    const to = stop - from > max ? cutPoint(text, from, stop, max) : stop;
    const piece = text.slice(from, to).trimEnd();
    if (piece) sentences.push({ index: sentences.length, start: from, end: from + piece.length, text: piece });
    if (to < stop) cuts++;
    from = to;
  }
  return cuts;
}

/**
 * Where the window starting at `start` ends: after its last line break, else its last sentence end
 * (both where ICU would end a sentence too), else, a soft end that splits a sentence and is mended
 * later, at its last white space, else at the limit.
 */
function windowEnd(text: string, start: number): { end: number; soft: boolean } {
  const limit = start + SEGMENT_WINDOW;
  if (limit >= text.length) return { end: text.length, soft: false };
  const window = text.slice(start, limit);
  const lineBreak = window.lastIndexOf('\n');
  if (lineBreak >= SEGMENT_WINDOW / 4) return { end: start + lineBreak + 1, soft: false };
  let end = -1;
  for (const match of window.matchAll(SENTENCE_END)) end = match.index + match[0].length;
  if (end >= SEGMENT_WINDOW / 4) return { end: start + end, soft: false };
  const space = window.search(/\s\S*$/);
  if (space >= SEGMENT_WINDOW / 4) return { end: start + space + 1, soft: true };
  const code = text.charCodeAt(limit - 1);
  return { end: code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit, soft: true };
}

/** ICU's sentence segments of the text, as offsets, one window at a time; `mend` marks a segment that continues the one before. */
function* segments(text: string): Generator<{ start: number; end: number; mend: boolean }> {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let mend = false;
  for (let start = 0; start < text.length;) {
    const window = windowEnd(text, start);
    for (const { segment, index } of segmenter.segment(text.slice(start, window.end))) {
      yield { start: start + index, end: start + index + segment.length, mend };
      mend = false;
    }
    mend = window.soft;
    start = window.end;
  }
}

export interface SplitOptions {
  /** Cut sentences longer than this; the pipeline gives MAX_SENTENCE_CHARS, the default is no limit. */
  maxSentenceChars?: number;
  /** Told once when sentences were cut for being over the limit. */
  onLimit?: (message: string) => void;
}

/** Splits `text` into sentences; each keeps its offsets, with surrounding white space trimmed off. */
export function splitSentences(text: string, options: SplitOptions = {}): SentenceSpan[] {
  const max = options.maxSentenceChars ?? Number.POSITIVE_INFINITY;
  const pieces: { start: number; end: number }[] = [];
  for (const segment of segments(text)) {
    const previous = pieces.at(-1);
    const joinToPrevious =
      previous !== undefined &&
      (segment.mend ||
        (endsWithAbbreviation(
          text.slice(Math.max(previous.start, previous.end - TAIL), previous.end),
          text.slice(segment.start, segment.start + TAIL),
        ) &&
          !lineBreakBefore(text, previous.start, segment.start)));
    if (joinToPrevious) previous.end = segment.end;
    else pieces.push({ start: segment.start, end: segment.end });
  }
  const sentences: SentenceSpan[] = [];
  let cuts = 0;
  for (const piece of pieces) {
    // A paragraph break always ends a sentence (headlines and captions carry no full stop).
    let lineStart = piece.start;
    for (const match of text.slice(piece.start, piece.end).matchAll(/\n+/g)) {
      cuts += pushTrimmed(sentences, text, lineStart, piece.start + match.index, max);
      lineStart = piece.start + match.index + match[0].length;
    }
    cuts += pushTrimmed(sentences, text, lineStart, piece.end, max);
  }
  if (cuts > 0) {
    options.onLimit?.(
      `${cuts} cut${cuts === 1 ? '' : 's'} in sentences longer than ${max} characters (punctuation missing?)`,
    );
  }
  return sentences;
}
