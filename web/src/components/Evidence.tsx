/* Evidence sentences with the mentions highlighted, each with its article's title, outlet and date, linking to the source. */
import type { EvidenceResponse } from '#model/api-types.ts';
import { highlightParts, sourceHref } from '../core/evidence/utils.ts';

export function Evidence({ evidence }: { evidence: EvidenceResponse }) {
  if (evidence.sentences.length === 0) return <p className="muted">No sentence supports this yet.</p>;
  return (
    <>
      <p className="muted">
        {evidence.total} sentence{evidence.total === 1 ? '' : 's'} from {evidence.articleCount} article
        {evidence.articleCount === 1 ? '' : 's'}
        {evidence.outletCount > 0 ? ` and ${evidence.outletCount} outlet${evidence.outletCount === 1 ? '' : 's'}` : ''}
        {evidence.sentences.length < evidence.total ? ` (showing ${evidence.sentences.length})` : ''}
      </p>
      <ol className="evidence" aria-label="Evidence">
        {evidence.sentences.map((s) => (
          <li key={s.id}>
            <blockquote>
              {highlightParts(s).map((p, i) =>
                p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
              )}
            </blockquote>
            <div className="source">
              <a href={sourceHref(s.article)} target="_blank" rel="noreferrer noopener">
                {s.article.title ?? s.article.id}
              </a>
              <span className="muted">
                {' — '}
                {s.article.outlet ?? 'outlet unknown'}
                {s.article.publishedAt ? `, ${s.article.publishedAt}` : ''}
              </span>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
