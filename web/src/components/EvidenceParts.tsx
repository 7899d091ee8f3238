/* The parts every evidence sentence is shown with: the sentence with its marks, and its source line (title linking to the source, outlet, date). */
import type { EvidenceSentence } from '#model/api-types.ts';
import { highlightParts, sourceHref } from '../core/evidence/utils.ts';

/** A sentence with the given marks (mentions, or matched words) highlighted. */
export function MarkedSentence({ sentence }: { sentence: Pick<EvidenceSentence, 'text' | 'mentions'> }) {
  return (
    <blockquote>
      {highlightParts(sentence).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </blockquote>
  );
}

/** Where a sentence comes from: its article's title (linking to the source), outlet and date. */
export function SourceLine({ article }: { article: EvidenceSentence['article'] }) {
  return (
    <div className="source">
      <a href={sourceHref(article)} target="_blank" rel="noreferrer noopener">
        {article.title ?? article.id}
      </a>
      <span className="muted">
        {' — '}
        {article.outlet ?? 'outlet unknown'}
        {article.publishedAt ? `, ${article.publishedAt}` : ''}
      </span>
    </div>
  );
}
