/* Evidence sentences with the mentions highlighted, each with its article's title, outlet and date, linking to the source. */
import type { EvidenceResponse } from '#model/api-types.ts';
import { MarkedSentence, SourceLine } from './EvidenceParts.tsx';

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
            <MarkedSentence sentence={s} />
            <SourceLine article={s.article} />
          </li>
        ))}
      </ol>
    </>
  );
}
