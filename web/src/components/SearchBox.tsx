/*
 * The search box: a combobox with suggestions from the full-text index (typo-tolerant), filtered
 * by type. Arrow keys move, Enter opens, Esc closes; "/" anywhere focuses it (see App).
 */
import { useEffect, useId, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SearchHit } from '#model/api-types.ts';
import { api, ApiError } from '../api/client.ts';
import { KIND_COLORS } from '../core/view/style.ts';

const SEARCH_KINDS = ['Person', 'State', 'Organisation', 'Place'];

export function SearchBox({
  inputRef,
  onOpen,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onOpen(key: string): void;
}) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const [result, setResult] = useState<{ for: string; hits: SearchHit[]; error: string | null } | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const q = text.trim();
  const request = q.length >= 2 ? `${kind}|${q}` : null;

  useEffect(() => {
    if (!request) return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api
        .search(q, kind ? [kind] : [], controller.signal)
        .then((answer) => {
          setResult({ for: request, hits: answer.hits, error: null });
          setActive(0);
        })
        .catch((e: unknown) => {
          if ((e as Error).name === 'AbortError') return;
          setResult({ for: request, hits: [], error: e instanceof ApiError ? e.message : String(e) });
        });
    }, 120);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [request, q, kind]);

  const current = result && result.for === request ? result : null;
  const status = !request ? 'idle' : current === null ? 'loading' : current.error ? 'error' : 'done';
  const hits = request ? (current?.hits ?? result?.hits ?? []) : [];
  const message = current?.error ?? '';

  const choose = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    onOpen(hit.key);
    setOpen(false);
    setText(hit.name);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active] ?? hits[0]);
    } else if (e.key === 'Escape') {
      if (open) {
        e.stopPropagation();
        setOpen(false);
      }
    }
  };

  const showList = open && text.trim().length >= 2;
  return (
    <div className="search" role="search">
      <div className="search-row">
        <input
          ref={inputRef}
          type="search"
          aria-label="Search"
          placeholder="Search a name…  ( / )"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        <select aria-label="Entity type" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">All types</option>
          {SEARCH_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      {showList && (
        <ul id={listId} role="listbox" aria-label="Suggestions" className="suggestions">
          {status === 'loading' && hits.length === 0 && <li className="muted">Searching…</li>}
          {status === 'error' && <li className="error-text">{message}</li>}
          {status === 'done' && hits.length === 0 && <li className="muted">No match for “{text.trim()}”.</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="dot" style={{ background: KIND_COLORS[hit.kind] ?? '#888' }} aria-hidden="true" />
              <span className="hit-name">{hit.name}</span>
              <span className="muted">
                {' '}
                {hit.kind} · {hit.mentionCount} mentions
                {hit.aliases.length > 0 ? ` · ${hit.aliases.slice(0, 2).join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
