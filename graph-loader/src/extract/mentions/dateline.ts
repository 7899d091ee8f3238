/* Wire datelines ("GENEVA, Aug 15 (Reuters) -") and Title Case headlines, which name no participants. */
import type { Token } from '../tokenize.ts';

/**
 * A wire dateline: a place in capitals (and its state: "MOMBASA, KENYA"), an optional date (with its year:
 * "BISSAU, Sept 22, 2026 -") and
 * agency, then a dash ("MANILA, June 18 (AP) —"), alone on its line or before the story.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’/-]{2,40}(?:,\s*\p{Lu}[\p{Lu}\p{M} .'’/-]{2,40}(?=\s*[-–—(]))?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()]{1,40}\))?\s*[-–—]{1,2}(?:\s+|$)/u;

/** End offset of a dateline opening the sentence, or -1. */
export function datelineEnd(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return -1;
  // The place must be written in capitals ("GENEVA", "UNITED NATIONS"), not as a capitalised word.
  const place = /^[^,(–—-]+/u.exec(match[0])?.[0] ?? '';
  return /\p{Lu}{3,}/u.test(place) && !/\p{Ll}/u.test(place) ? match[0].length : -1;
}

/** A headline in Title Case (no final punctuation, most longer words capitalised). */
export function isHeadline(tokens: Token[], text: string): boolean {
  if (/[.!?"”]$/.test(text.trim())) return false;
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 3) return false;
  return words.filter((t) => t.cap).length / words.length >= 0.6;
}
