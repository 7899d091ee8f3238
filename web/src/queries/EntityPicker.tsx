/*
 * An entity by name: type a name or alias, pick a match from the explorer's search. The field shows
 * names, never ids: the value handed on is the entity's id (or the typed text, which the server
 * reads as a name), and an id given as the value (a query's default, `state:ru`) is shown by its name.
 */
import { useEffect, useId, useState } from 'react';
import type { SearchHit } from '#model/api-types.ts';
import { api } from '../api/client.ts';

const LOOKS_LIKE_ID = /^[a-z]+:[^\s]+$/;

export function EntityPicker({
  label,
  value,
  onChange,
  exclude,
  placeholder = 'type a name, e.g. Putin',
}: {
  label: string;
  value: string;
  onChange(id: string): void;
  /** An entity not to offer (the one the picker is about). */
  exclude?: string;
  placeholder?: string;
}) {
  const [text, setText] = useState(value);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  // An id given from outside (a default) shows as the entity's name.
  useEffect(() => {
    if (!LOOKS_LIKE_ID.test(value)) return undefined;
    const controller = new AbortController();
    api
      .node(value, controller.signal)
      .then((d) => setText((t) => (t === value ? String(d.node.properties.name ?? value) : t)))
      .catch(() => {});
    return () => controller.abort();
  }, [value]);

  useEffect(() => {
    if (!open || text.trim().length < 2) return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api
        .search(text.trim(), [], controller.signal)
        .then((answer) => {
          setHits(answer.hits.filter((h) => h.key !== exclude));
          setActive(0);
        })
        .catch(() => setHits([]));
    }, 150);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, open, exclude]);

  const choose = (hit: SearchHit) => {
    onChange(hit.key);
    setText(hit.name);
    setOpen(false);
  };
  const shown = open && text.trim().length >= 2 ? hits : [];

  return (
    <div className="entity-picker">
      <input
        role="combobox"
        aria-label={label}
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        value={text}
        title={LOOKS_LIKE_ID.test(value) ? value : undefined}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
          setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, shown.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && shown[active]) {
            e.preventDefault();
            choose(shown[active]);
          } else if (e.key === 'Escape' && shown.length > 0) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {shown.length > 0 && (
        <ul className="suggestions" role="listbox" id={listId} aria-label={`${label} matches`}>
          {shown.map((hit, i) => (
            <li
              key={hit.key}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span className="hit-name">{hit.name}</span>{' '}
              <span className="muted">
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
