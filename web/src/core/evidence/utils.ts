/* Evidence sentences as text parts, the mentions marked, from the API's sentence-relative offsets. Pure. */
import type { EvidenceSentence } from '#model/api-types.ts';
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

/** Where an evidence sentence's source opens: its http(s) URL, else the article's text served by the API. */
export function sourceHref(article: EvidenceSentence['article']): string {
  return httpUrl(article.url) ?? `/api/articles/${encodeURIComponent(article.id)}/text`;
}
