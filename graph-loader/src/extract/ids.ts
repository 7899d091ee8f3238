/* Canonical keys and deterministic ids: slugs of names and short content hashes. */
import { createHash } from 'node:crypto';

/** "Kim Jong-un" -> "kim-jong-un": lower case, accents dropped, runs of other characters -> "-". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** First `length` hex characters of the sha256 of the parts joined by "|". */
export function shortHash(parts: string[], length = 12): string {
  return createHash('sha256').update(parts.join('|'), 'utf8').digest('hex').slice(0, length);
}
