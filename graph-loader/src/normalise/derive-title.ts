/* A title for an article that has none in its metadata: its headline line, or its first sentence, shortened. */
import type { SentenceSpan } from '../contract.ts';

const MAX_TITLE = 120;

/** The first sentence when it reads as a headline (short, no closing full stop), else that sentence shortened. */
export function deriveTitle(sentences: SentenceSpan[]): string | null {
  const first = sentences[0]?.text;
  if (!first) return null;
  if (first.length <= MAX_TITLE) return first.replace(/[.]$/, '');
  const cut = first.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : MAX_TITLE)}…`;
}
