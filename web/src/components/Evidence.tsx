/*
 * Evidence sentences with the mentions highlighted, each with its article's title, outlet and date
 * (or plainly that the metadata lacks them), opening the article in the source view; all of them,
 * a page at a time ("Show N more").
 */
import { useState } from 'react';
import type { EvidenceResponse } from '#model/api-types.ts';
import { MarkedSentence, SourceLine } from './EvidenceParts.tsx';

/** Sentences loaded per page. */
export const EVIDENCE_PAGE = 25;

export interface EvidenceProps {
  /** The first page. */
  evidence: EvidenceResponse;
  /** Loads the page starting at `skip`. */
  loadPage(skip: number): Promise<EvidenceResponse>;
  onOpenSource(sentenceId: string): void;
}

export function Evidence({ evidence, loadPage, onOpenSource }: EvidenceProps) {
  const [more, setMore] = useState<EvidenceResponse['sentences']>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sentences = [...evidence.sentences, ...more];
  const left = evidence.total - sentences.length;

  const showMore = async (): Promise<void> => {
    setLoading(true);
    setError(null);
    try {
      const page = await loadPage(sentences.length);
      setMore((m) => [...m, ...page.sentences]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  };

  if (sentences.length === 0) return <p className="muted">No sentence supports this yet.</p>;
  return (
    <>
      <p className="muted" aria-label="Evidence summary">
        {evidence.total} sentence{evidence.total === 1 ? '' : 's'} from {evidence.articleCount} article
        {evidence.articleCount === 1 ? '' : 's'}
        {evidence.outletCount > 0
          ? ` and ${evidence.outletCount} outlet${evidence.outletCount === 1 ? '' : 's'}`
          : ', no outlet recorded'}
        {left > 0 ? ` (showing ${sentences.length})` : ''}
      </p>
      <ol className="evidence" aria-label="Evidence">
        {sentences.map((s) => (
          <li key={s.id}>
            <MarkedSentence sentence={s} />
            <SourceLine sentence={s} onOpenSource={onOpenSource} />
          </li>
        ))}
      </ol>
      {left > 0 && (
        <button type="button" disabled={loading} onClick={() => void showMore()}>
          {loading ? 'Loading…' : `Show ${Math.min(left, EVIDENCE_PAGE)} more (${left} left)`}
        </button>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </>
  );
}
