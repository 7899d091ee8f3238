/*
 * The search box: one search over entities (names, aliases), events (type, parties, date),
 * allegations (claim) and sentences (their text), typo-tolerant, grouped by kind with counts and
 * filtered by type. Arrow keys move, Enter opens, Esc closes; "/" anywhere focuses it (see App).
 * Picking an entity, event or allegation opens it; picking a sentence opens its article and facts.
 */
import { Fragment, useEffect, useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { SEARCH_KINDS, type SearchAllResponse } from '#model/analyst-api.ts';
import { api, ApiError } from '../api/client.ts';
import { highlightParts } from '../core/evidence/utils.ts';
import {
  GROUP_KIND,
  GROUP_TITLES,
  groupCounts,
  searchOptions,
  wordMarks,
  type SearchOption,
  type SearchPick,
} from '../core/search/utils.ts';
import { KIND_COLORS } from '../core/view/style.ts';

/** Hits per group when all kinds are searched, and when one is. */
const LIMIT_ALL = 5;
const LIMIT_ONE = 25;

function Marked({ text, typed }: { text: string; typed: string }) {
  return (
    <>
      {highlightParts({ text, mentions: wordMarks(text, typed) }).map((p, i) =>
        p.mark ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>,
      )}
    </>
  );
}

export function SearchBox({
  inputRef,
  onPick,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onPick(pick: SearchPick): void;
}) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const [result, setResult] = useState<{
    for: string;
    round: number;
    answer: SearchAllResponse | null;
    error: string | null;
  } | null>(null);
  // Bumped whenever the box is emptied: typing the same words again is a new search, not the last answer.
  const [round, setRound] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const q = text.trim();
  const request = q.length >= 2 ? `${round}|${kind}|${q}` : null;

  useEffect(() => {
    if (!request) return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api.analyst
        .searchAll(q, kind ? [kind] : [], kind ? LIMIT_ONE : LIMIT_ALL, controller.signal)
        .then((answer) => {
          setResult({ for: request, round, answer, error: null });
          setActive(0);
        })
        .catch((e: unknown) => {
          if ((e as Error).name === 'AbortError') return;
          setResult({ for: request, round, answer: null, error: e instanceof ApiError ? e.message : String(e) });
        });
    }, 120);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [request, q, kind, round]);

  const current = result && result.for === request ? result : null;
  const status = !request ? 'idle' : current === null ? 'loading' : current.error ? 'error' : 'done';
  // While an answer comes, the last one of the same round stays in sight; an emptied box shows nothing old.
  const shown = request ? (current?.answer ?? (result?.round === round ? result.answer : null)) : null;
  const options = useMemo(() => (shown ? searchOptions(shown) : []), [shown]);
  const counts = shown ? groupCounts(shown) : [];

  const choose = (option: SearchOption | undefined): void => {
    if (!option) return;
    onPick(option.pick);
    setOpen(false);
    if (option.pick.type === 'node') setText(option.label);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(options.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(options[active] ?? options[0]);
    } else if (e.key === 'Escape') {
      if (open) {
        e.stopPropagation();
        setOpen(false);
      }
    }
  };

  const showList = open && q.length >= 2;
  return (
    <div className="search" role="search">
      <div className="search-row">
        <input
          ref={inputRef}
          type="search"
          aria-label="Search"
          placeholder="Search names, events, claims, sentences…  ( / )"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && options[active] ? `${listId}-${active}` : undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value.trim().length < 2) setRound((r) => r + 1);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          // Closed a moment after focus leaves (so a click on an option lands), unless focus came back meanwhile:
          // typing right after a click elsewhere must not have its list closed by the earlier blur.
          onBlur={() =>
            window.setTimeout(() => {
              if (document.activeElement !== inputRef.current) setOpen(false);
            }, 150)
          }
          onKeyDown={onKeyDown}
        />
        <select aria-label="Search type" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">All kinds</option>
          {SEARCH_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      {showList && (
        <div
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          aria-busy={status === 'loading'}
          className="suggestions grouped"
        >
          {status === 'loading' && options.length === 0 && <p className="muted">Searching…</p>}
          {status === 'error' && <p className="error-text">{current?.error}</p>}
          {status === 'done' && options.length === 0 && <p className="muted">No match for “{q}”.</p>}
          {counts.map(({ group, count }) => (
            <div role="group" key={group} aria-label={`${GROUP_TITLES[group]} (${count})`} className="search-group">
              <div className="search-group-head" aria-hidden="true">
                {GROUP_TITLES[group]} <span className="muted">· {count}</span>
                {!kind && shown && shown[group].total > shown[group].hits.length && GROUP_KIND[group] && (
                  <button
                    type="button"
                    className="link"
                    tabIndex={-1}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => setKind(GROUP_KIND[group])}
                  >
                    show more
                  </button>
                )}
              </div>
              {options.map((option, i) =>
                option.group !== group ? null : (
                  <div
                    key={`${option.group}-${option.id}`}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={`search-option${i === active ? ' active' : ''}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(option)}
                    onMouseEnter={() => setActive(i)}
                  >
                    <span
                      className="dot"
                      style={{ background: KIND_COLORS[option.kind] ?? '#888' }}
                      aria-hidden="true"
                    />
                    <span className={option.group === 'sentences' ? 'hit-sentence' : 'hit-name'}>
                      {option.group === 'entities' ? option.label : <Marked text={option.label} typed={q} />}
                    </span>
                    <span className="muted hit-detail"> {option.detail}</span>
                  </div>
                ),
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
