/*
 * A title for an article that has none in its metadata: its headline line, when it opens with one.
 * A first sentence is never made into a title: an article without a headline stays untitled, and the
 * explorer says so.
 */
import type { SentenceSpan } from '../contract.ts';

const MAX_TITLE = 120;

/** The first sentence when it reads as a headline (short, no closing punctuation), else null. */
export function deriveTitle(sentences: SentenceSpan[]): string | null {
  const first = sentences[0]?.text.trim();
  if (!first || first.length > MAX_TITLE) return null;
  return /[.!?:;,"”’…)]$/.test(first) ? null : first;
}
