/*
 * The parts every evidence sentence is shown with: the sentence with its marks, and its source line
 * (the title opening the article in the source view, outlet and date, or plainly that the metadata
 * lacks them, and the original when it has a URL).
 */
import type { EvidenceSentence } from '#model/api-types.ts';
import { highlightParts, originalUrl, sourceNames } from '../core/evidence/utils.ts';

/** A sentence with the given marks (mentions, or matched words) highlighted. */
export function MarkedSentence({ sentence }: { sentence: Pick<EvidenceSentence, 'text' | 'mentions'> }) {
  return (
    <blockquote>
      {highlightParts(sentence).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </blockquote>
  );
}

/** Where a sentence comes from: its article's title (opening the source view), outlet, date and the original. */
export function SourceLine({
  sentence,
  onOpenSource,
}: {
  sentence: Pick<EvidenceSentence, 'id' | 'article'>;
  onOpenSource(sentenceId: string): void;
}) {
  const { article } = sentence;
  const names = sourceNames(article);
  return (
    <div className="source">
      <button
        type="button"
        className={`link${names.untitled ? ' untitled' : ''}`}
        onClick={() => onOpenSource(sentence.id)}
        aria-label={`Open the source: ${names.title}`}
      >
        {names.title}
      </button>
      <span className="muted">
        {' — '}
        {names.outlet}
        {article.publishedAt ? `, ${article.publishedAt}` : ', date not recorded'}
        {names.untitled && article.file ? ` (${article.file})` : ''}
      </span>
      {originalUrl(article) && (
        <>
          {' · '}
          <a href={originalUrl(article) ?? undefined} target="_blank" rel="noreferrer noopener">
            original ↗
          </a>
        </>
      )}
    </div>
  );
}
