/*
 * Sentence stage: splits normalised text into sentences with character offsets into that text.
 * Built on Intl.Segmenter (ICU sentence rules); fragments that end in a known abbreviation
 * ("U.S.", "Gen.") are joined to the next one. Abbreviations live in data/abbreviations.json.
 */
import { readFileSync } from 'node:fs';
import type { SentenceSpan } from '../contract.ts';
import { dataPath } from '../paths.ts';

let abbreviations: Set<string> | undefined;

function knownAbbreviations(): Set<string> {
  abbreviations ??= new Set(
    (JSON.parse(readFileSync(dataPath('abbreviations.json'), 'utf8')) as string[]).map((a) => a.toLowerCase()),
  );
  return abbreviations;
}

function endsWithAbbreviation(fragment: string): boolean {
  const lastWord = /(\S+)\s*$/.exec(fragment)?.[1]?.toLowerCase();
  return lastWord !== undefined && knownAbbreviations().has(lastWord);
}

/** Splits `text` into sentences; each keeps its offsets, with surrounding white space trimmed off. */
export function splitSentences(text: string): SentenceSpan[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const pieces: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = pieces.at(-1);
    const joinToPrevious =
      previous !== undefined && endsWithAbbreviation(text.slice(previous.start, previous.end)) && !/\n\s*$/.test(text.slice(previous.start, index));
    if (joinToPrevious) previous.end = index + segment.length;
    else pieces.push({ start: index, end: index + segment.length });
  }
  const sentences: SentenceSpan[] = [];
  for (const piece of pieces) {
    // A paragraph break always ends a sentence (headlines and captions carry no full stop).
    let lineStart = piece.start;
    for (const line of text.slice(piece.start, piece.end).split(/(\n+)/)) {
      const lineEnd = lineStart + line.length;
      const leading = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (trimmed) {
        const start = lineStart + leading;
        sentences.push({ index: sentences.length, start, end: start + trimmed.length, text: trimmed });
      }
      lineStart = lineEnd;
    }
  }
  return sentences;
}
