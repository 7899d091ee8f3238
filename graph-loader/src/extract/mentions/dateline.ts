/* Wire datelines ("GENEVA, Aug 15 (Reuters) -") and Title Case headlines, which name no participants. */
import type { Token } from '../tokenize.ts';

/**
 * A wire dateline: a place in capitals (and its state: "MOMBASA, KENYA", "GOMA, Democratic Republic of Congo"), an optional date and
 * agency, then a dash ("MANILA, June 18 (AP) —"), alone on its line or before the story.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’/-]{2,40}(?:,\s*\p{Lu}[\p{L}\p{M} .'’/-]{2,40}?(?=\s*[-–—(]|,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d))?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\([^()]{1,40}\))?\s*[-–—]{1,2}(?:\s+|$)/u;

/**
 * A dateline in title case opening a story ("Baku, Azerbaijan – "): a place name of up to four words, its state
 * (which may hold "of" and "the"), then a dash set off by spaces.
 */
const TITLE_CASE_DATELINE =
  /^\p{Lu}[\p{L}\p{M}.'’-]+(?: \p{Lu}[\p{L}\p{M}.'’-]+){0,3}, \p{Lu}[\p{L}\p{M}.'’-]+(?: (?:of|the|\p{Lu}[\p{L}\p{M}.'’-]+)){0,4} [-–—]{1,2} /u;

/** A dateline in capitals closed by a colon, as some outlets write it ("NEW DELHI: "), opening a story only. */
const COLON_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,30}:\s+/u;

/**
 * End offset of a dateline opening the sentence (in title case, or closed by a colon, only in a story's first
 * sentences), or -1.
 */
export function datelineEnd(text: string, opensStory = false): number {
  const titled = opensStory ? TITLE_CASE_DATELINE.exec(text) : null;
  if (titled) return titled[0].length;
  const match = DATELINE.exec(text) ?? (opensStory ? COLON_DATELINE.exec(text) : null);
  if (!match) return -1;
  // The place must be written in capitals ("GENEVA", "UNITED NATIONS"), not as a capitalised word.
  const place = /^[^,(–—-]+/u.exec(match[0])?.[0] ?? '';
  // "NATO, Russia and China —" lists names; a dateline's state is one name.
  if (/\sand\s/.test(match[0])) return -1;
  return /\p{Lu}{3,}/u.test(place) && !/\p{Ll}/u.test(place) ? match[0].length : -1;
}

/** A headline in Title Case (no final punctuation, most longer words capitalised). */
export function isHeadline(tokens: Token[], text: string): boolean {
  if (/[.!?"”]$/.test(text.trim())) return false;
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 3) return false;
  return words.filter((t) => t.cap).length / words.length >= 0.6;
}
