/* An entity parameter: type a name, pick a match from the explorer's search; the value is the entity id. */
import { useEffect, useId, useState } from 'react';
import type { SearchHit } from '#model/api-types.ts';
import { api } from '../api/client.ts';

export function EntityPicker({ label, value, onChange }: { label: string; value: string; onChange(id: string): void }) {
  const [text, setText] = useState(value);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    if (!open || text.trim().length < 2) return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api
        .search(text.trim(), [], controller.signal)
        .then((answer) => {
          setHits(answer.hits);
          setActive(0);
        })
        .catch(() => setHits([]));
    }, 150);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, open]);

  const choose = (hit: SearchHit) => {
    onChange(hit.key);
    setText(hit.key);
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
        placeholder="type a name, e.g. Putin"
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
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {shown.length > 0 && (
        <ul className="suggestions" role="listbox" id={listId} aria-label={`${label} matches`}>
          {shown.map((hit, i) => (
            <li
              key={hit.key}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span className="hit-name">{hit.name}</span>{' '}
              <span className="muted">
                {hit.kind} · {hit.key}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
