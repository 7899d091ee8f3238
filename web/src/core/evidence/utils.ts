/*
 * Evidence and its sources, pure: sentences as text parts with the mentions marked (from the API's
 * sentence-relative offsets), how a source reads when its metadata lacks a title or an outlet (said
 * plainly, never guessed), the article a sentence belongs to, and an article's sentences back into
 * paragraphs for the source view.
 */
import type { ArticleResponse, EvidenceSentence } from '#model/api-types.ts';
import { httpUrl } from '#model/links.ts';

export interface TextPart {
  text: string;
  mark: boolean;
}

/** Splits a sentence into plain and highlighted parts; overlapping or out-of-range mentions are skipped. */
export function highlightParts(sentence: Pick<EvidenceSentence, 'text' | 'mentions'>): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  const mentions = [...sentence.mentions].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (m.start < at || m.end > sentence.text.length || m.start >= m.end) continue;
    if (m.start > at) parts.push({ text: sentence.text.slice(at, m.start), mark: false });
    parts.push({ text: sentence.text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < sentence.text.length) parts.push({ text: sentence.text.slice(at), mark: false });
  return parts;
}

/** The id of the article a sentence belongs to (a sentence id is `<article id>:<index>`). */
export function articleIdOf(sentenceId: string): string {
  const colon = sentenceId.lastIndexOf(':');
  return colon > 0 ? sentenceId.slice(0, colon) : sentenceId;
}

export const UNTITLED = 'Untitled article';
export const NO_OUTLET = 'outlet not recorded';

/** How a source reads: its title and outlet from its metadata, or plainly that they are missing. */
export function sourceNames(article: { title: string | null; outlet?: string | null; source?: string | null }): {
  title: string;
  outlet: string;
  untitled: boolean;
} {
  const title = article.title?.trim() || null;
  const outlet = (article.outlet ?? article.source)?.trim() || null;
  return { title: title ?? UNTITLED, outlet: outlet ?? NO_OUTLET, untitled: title === null };
}

/** An article's sentences in paragraphs: a gap of more than one character between two sentences starts a new one. */
export function paragraphs(sentences: ArticleResponse['sentences']): ArticleResponse['sentences'][] {
  const out: ArticleResponse['sentences'][] = [];
  let previous: ArticleResponse['sentences'][number] | null = null;
  for (const s of [...sentences].sort((a, b) => a.index - b.index)) {
    if (!previous || s.start - previous.end > 1) out.push([s]);
    else out.at(-1)!.push(s);
    previous = s;
  }
  return out;
}

/** Where the original of a source is: its URL when that is http(s), else null (no other scheme reaches an href). */
export function originalUrl(article: { url: string | null }): string | null {
  return httpUrl(article.url);
}
