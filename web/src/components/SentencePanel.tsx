/*
 * A sentence opened from search (a region named "Sentence"): its article (title, outlet, date, the
 * text with the sentence marked and scrolled to, a link to the source), the Events and Allegations
 * it supports and the Entities it mentions. Opening it puts those facts and entities into the view.
 */
import { useEffect, useRef } from 'react';
import type { SentenceContext, SentenceFact } from '#model/analyst-api.ts';
import type { ArticleResponse } from '#model/api-types.ts';
import { api } from '../api/client.ts';
import { useFetched } from '../hooks/useFetched.ts';
import { SourceLine } from './EvidenceParts.tsx';
import { KIND_COLORS } from '../core/view/style.ts';

export interface SentencePanelProps {
  id: string;
  /** Puts these nodes into the view and highlights them. */
  onShow(keys: string[]): void;
  onSelect(key: string): void;
  onOpenSource(sentenceId: string): void;
  onClose(): void;
}

/** A sentence in context, with its article's sentences. */
async function loadSentence(
  id: string,
  signal: AbortSignal,
): Promise<{ context: SentenceContext; sentences: ArticleResponse['sentences'] }> {
  const context = await api.analyst.sentence(id, signal);
  const article = await api.article(context.article.id, signal);
  return { context, sentences: article.sentences };
}

function FactList({ title, facts, onSelect }: { title: string; facts: SentenceFact[]; onSelect(key: string): void }) {
  return (
    <>
      <h3>{title}</h3>
      {facts.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="fact-list" aria-label={title}>
          {facts.map((f) => (
            <li key={f.key}>
              <span className="dot" style={{ background: KIND_COLORS[f.kind] ?? '#888' }} aria-hidden="true" />
              <button type="button" className="link" onClick={() => onSelect(f.key)}>
                {f.name}
              </button>{' '}
              <span className="muted">
                {f.kind}
                {f.detail ? ` · ${f.detail}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function SentencePanel({ id, onShow, onSelect, onOpenSource, onClose }: SentencePanelProps) {
  const marked = useRef<HTMLElement>(null);
  const articleBox = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);
  const { data, error, done } = useFetched(id, loadSentence);
  const context = data?.context ?? null;

  // Once per sentence: its facts and entities into the view, highlighted; the sentence scrolled to.
  useEffect(() => {
    if (!context || shown.current === id) return;
    shown.current = id;
    onShow([...context.facts, ...context.entities].map((f) => f.key));
    // Scroll the article (not the column) to the sentence.
    if (marked.current && articleBox.current)
      articleBox.current.scrollTop = marked.current.offsetTop - articleBox.current.offsetTop - 40;
  }, [context, id, onShow]);

  return (
    <section className="details panel sentence-panel" aria-label="Sentence">
      <header>
        <h2>Sentence</h2>
        <button type="button" className="icon" aria-label="Close sentence" onClick={onClose}>
          ×
        </button>
      </header>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {!done && <p className="muted">Loading the sentence…</p>}
      {context && (
        <>
          <blockquote className="sentence-quote">{context.sentence.text}</blockquote>
          <SourceLine sentence={{ id: context.sentence.id, article: context.article }} onOpenSource={onOpenSource} />
          <FactList title="Facts it supports" facts={context.facts} onSelect={onSelect} />
          <FactList title="Entities it mentions" facts={context.entities} onSelect={onSelect} />
          <h3>The article</h3>
          <div className="article-text" aria-label="Article text" tabIndex={0} ref={articleBox}>
            {data!.sentences.map((s) =>
              s.index === context.sentence.index ? (
                <mark key={s.id} ref={marked}>
                  {s.text}{' '}
                </mark>
              ) : (
                <span key={s.id}>{s.text} </span>
              ),
            )}
          </div>
        </>
      )}
    </section>
  );
}
