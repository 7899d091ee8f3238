/*
 * The source view: the article a sentence comes from, shown in the app, with that sentence highlighted
 * and scrolled to; its title, outlet and date from its metadata (or plainly that they are missing),
 * the file it was loaded from, and a link to the original when it has a URL. Esc or × closes it.
 */
import { useEffect, useRef, useState } from 'react';
import type { ArticleResponse } from '#model/api-types.ts';
import { api, ApiError } from '../api/client.ts';
import { articleIdOf, originalUrl, paragraphs, sourceNames } from '../core/evidence/utils.ts';

export function SourceView({ sentenceId, onClose }: { sentenceId: string; onClose(): void }) {
  const articleId = articleIdOf(sentenceId);
  const [loaded, setLoaded] = useState<{ for: string; article: ArticleResponse | null; error: string | null } | null>(
    null,
  );
  const quoted = useRef<HTMLElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    api
      .article(articleId, controller.signal)
      .then((article) => setLoaded({ for: articleId, article, error: null }))
      .catch((e: unknown) => {
        if ((e as Error).name === 'AbortError') return;
        setLoaded({ for: articleId, article: null, error: e instanceof ApiError ? e.message : String(e) });
      });
    return () => controller.abort();
  }, [articleId]);

  const current = loaded?.for === articleId ? loaded : null;
  useEffect(() => {
    quoted.current?.scrollIntoView({ block: 'center' });
  }, [current, sentenceId]);

  const article = current?.article ?? null;
  const names = article ? sourceNames(article.article) : null;
  return (
    <section className="source-view panel" role="dialog" aria-label={`Source: ${names?.title ?? 'loading'}`}>
      <header>
        <div>
          <h2 className={names?.untitled ? 'untitled' : undefined}>{names?.title ?? 'Loading the article…'}</h2>
          {article && names && (
            <p className="muted">
              {names.outlet}
              {article.article.publishedAt ? ` · ${article.article.publishedAt}` : ' · date not recorded'}
              {article.article.file ? ` · ${article.article.file}` : ''}
              {originalUrl(article.article) && (
                <>
                  {' · '}
                  <a href={originalUrl(article.article) ?? undefined} target="_blank" rel="noreferrer noopener">
                    open the original ↗
                  </a>
                </>
              )}
            </p>
          )}
        </div>
        <button type="button" className="icon" aria-label="Close the source" onClick={onClose}>
          ×
        </button>
      </header>
      {current?.error && (
        <p role="alert" className="error-text">
          {current.error}
        </p>
      )}
      {article && (
        <div className="source-text">
          {paragraphs(article.sentences).map((paragraph) => (
            <p key={paragraph[0]!.id}>
              {paragraph.map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? ' ' : ''}
                  {s.id === sentenceId ? (
                    <mark ref={quoted} className="quoted" aria-current="true" data-sentence={s.id}>
                      {s.text}
                    </mark>
                  ) : (
                    s.text
                  )}
                </span>
              ))}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
