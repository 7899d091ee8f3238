/*
 * What's new (a region named "What's new"): each recorded load (when, which files, the extractor
 * version, what it added and changed), and, since a chosen load (the latest that changed anything
 * by default), the entities, events and allegations added or changed, with "Highlight" and
 * "Show only these" for the view.
 */
import { useMemo, useState } from 'react';
import type { LoadRecord } from '#model/analyst-api.ts';
import { api } from '../api/client.ts';
import { useFetched } from '../hooks/useFetched.ts';
import { KIND_COLORS } from '../core/view/style.ts';

export interface WhatsNewPanelProps {
  /** Shown: reload the loads when the tab opens. */
  active: boolean;
  onHighlight(keys: string[]): void;
  onLimit(keys: string[]): void;
  onSelect(key: string): void;
}

const counts = (c: LoadRecord['added']): string =>
  `${c.entities} entities, ${c.events} events, ${c.allegations} allegations`;
const changedAnything = (l: LoadRecord): boolean =>
  Object.values(l.added).some((n) => n > 0) || Object.values(l.changed).some((n) => n > 0);

/** "2024-06-25 10:15" from an ISO time. */
const when = (iso: string): string => iso.replace('T', ' ').slice(0, 16);

const loadLoads = (_: string, signal: AbortSignal) => api.analyst.loads(signal);

export function WhatsNewPanel({ active, onHighlight, onLimit, onSelect }: WhatsNewPanelProps) {
  const [chosen, setChosen] = useState('');
  const fetchedLoads = useFetched(active ? 'loads' : null, loadLoads);
  const loads = fetchedLoads.data?.loads ?? null;
  // Since the load chosen, else the latest that added or changed anything.
  const since = chosen || (loads?.find(changedAnything) ?? loads?.[0])?.id || '';
  const fetchedChanges = useFetched(since || null, api.analyst.changes);
  const current = fetchedChanges.data;
  const error = fetchedLoads.error ?? fetchedChanges.error;
  const keys = useMemo(() => current?.nodes.map((n) => n.key) ?? [], [current]);
  const record = loads?.find((l) => l.id === since) ?? null;

  return (
    <section className="panel whats-new" aria-label="What's new">
      <h2>What's new</h2>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {loads && loads.length === 0 && (
        <p className="muted">No load recorded yet: load articles with npx newsgraph load.</p>
      )}
      {loads && loads.length > 0 && (
        <label>
          New since{' '}
          <select aria-label="New since" value={since} onChange={(e) => setChosen(e.target.value)}>
            {loads.map((l) => (
              <option key={l.id} value={l.id}>
                {when(l.startedAt)} · {l.articlesLoaded + l.articlesReplaced} article
                {l.articlesLoaded + l.articlesReplaced === 1 ? '' : 's'} new or changed
              </option>
            ))}
          </select>
        </label>
      )}
      {record && (
        <dl className="load-record" aria-label="Load">
          <dt>When</dt>
          <dd>{when(record.startedAt)}</dd>
          <dt>Files</dt>
          <dd>{record.files.length > 0 ? record.files.join(', ') : record.paths.join(', ')}</dd>
          <dt>Extractor</dt>
          <dd>
            {record.extractor} {record.extractorVersion}
          </dd>
          <dt>Articles</dt>
          <dd>
            {record.articlesLoaded} loaded, {record.articlesReplaced} replaced, {record.articlesUnchanged} unchanged
            {record.articlesFailed > 0 ? `, ${record.articlesFailed} failed` : ''}
          </dd>
          <dt>Added</dt>
          <dd>{counts(record.added)}</dd>
          <dt>Changed</dt>
          <dd>{counts(record.changed)}</dd>
        </dl>
      )}
      {current && (
        <>
          <div className="actions">
            <button type="button" disabled={keys.length === 0} onClick={() => onHighlight(keys)}>
              Highlight in view
            </button>
            <button type="button" disabled={keys.length === 0} onClick={() => onLimit(keys)}>
              Show only these
            </button>
          </div>
          {(['added', 'changed'] as const).map((change) => {
            const nodes = current.nodes.filter((n) => n.change === change);
            return (
              <section key={change} aria-label={change === 'added' ? 'Added' : 'Changed'}>
                <h3>
                  {change === 'added' ? 'Added' : 'Changed'} ({nodes.length})
                </h3>
                {nodes.length === 0 ? (
                  <p className="muted">Nothing.</p>
                ) : (
                  <ul className="fact-list">
                    {nodes.map((n) => (
                      <li key={n.key}>
                        <span
                          className="dot"
                          style={{ background: KIND_COLORS[n.kind] ?? '#888' }}
                          aria-hidden="true"
                        />
                        <button type="button" className="link" onClick={() => onSelect(n.key)}>
                          {n.name}
                        </button>{' '}
                        <span className="muted">{n.kind}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
