/*
 * The Queries panel: the saved-query library (shipped and saved on this server) with a filter, a
 * form per query generated from its header, the ad-hoc Cypher editor, and the results: graph
 * results go into the view (added or replacing it, one undoable step) through useExplorer().addSubgraph,
 * every result shows as a table, with truncation and time-out notes, and exports in one click: the
 * result just run, with its parameters, in any format (or its table as CSV). An error shows where it
 * happened: beside the list, the form, or the editor.
 */
import { useEffect, useState } from 'react';
import { useExplorer } from '../core/view/explorer-context.ts';
import type { QueryDefinition, QueryRunResult } from '#model/saved-queries/types.ts';
import type { QueryListResponse } from '#model/api-types.ts';
import { api } from '../api/client.ts';
import { CypherPanel, type EditorStart } from './CypherPanel.tsx';
import { QueryForm } from './QueryForm.tsx';
import { ResultsView, type ShownResult } from './ResultsView.tsx';
import { filterQueries } from './utils.ts';
import type { QueryRun } from '../export/export-options.ts';
import './queries.css';

function errorText(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  if (code === 'QueryTimeout') return `Timed out. ${message}`;
  return message;
}

export function QueriesPanel() {
  const { addSubgraph, setLastQuery } = useExplorer();
  const [list, setList] = useState<QueryListResponse | null>(null);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [editor, setEditor] = useState<EditorStart | null>(null);
  const [shown, setShown] = useState<ShownResult | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<{ where: 'list' | 'form' | 'editor'; message: string } | null>(null);

  const [listVersion, setListVersion] = useState(0);
  const reload = () => setListVersion((v) => v + 1);

  useEffect(() => {
    const controller = new AbortController();
    api.queries
      .list(controller.signal)
      .then(setList)
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError({ where: 'list', message: errorText(e) });
      });
    return () => controller.abort();
  }, [listVersion]);

  const show = (title: string, result: QueryRunResult, mode: 'add' | 'replace', run: QueryRun['scope']) => {
    const graph = result.result === 'graph' && result.subgraph.nodes.length > 0;
    if (graph) addSubgraph(result.subgraph, mode);
    setShown({ title, result, placed: graph ? mode : null, run });
    setLastQuery({ title, scope: run });
  };

  const runLibrary = async (query: QueryDefinition, params: Record<string, unknown>, mode: 'add' | 'replace') => {
    setRunning(true);
    setError(null);
    try {
      show(query.title, await api.queries.run(query.name, params), mode, { kind: 'query', name: query.name, params });
    } catch (e) {
      setError({ where: 'form', message: errorText(e) });
    } finally {
      setRunning(false);
    }
  };

  const runCypher = async (cypher: string, params: Record<string, unknown>, mode: 'add' | 'replace') => {
    setRunning(true);
    setError(null);
    try {
      show('Cypher', await api.queries.cypher(cypher, params), mode, { kind: 'cypher', query: cypher, params });
    } catch (e) {
      setError({ where: 'editor', message: errorText(e) });
    } finally {
      setRunning(false);
    }
  };

  const remove = async (query: QueryDefinition) => {
    if (!window.confirm(`Delete the saved query “${query.title}” for every user of this server?`)) return;
    try {
      await api.queries.remove(query.name);
      setSelected(null);
      reload();
    } catch (e) {
      setError({ where: 'form', message: errorText(e) });
    }
  };

  const queries = list ? filterQueries(list.queries, filter) : [];
  const current = list?.queries.find((q) => q.name === selected) ?? null;

  return (
    <section className="panel queries-panel" aria-label="Queries">
      <h2>Queries</h2>
      <input
        type="search"
        aria-label="Filter queries"
        placeholder="Filter queries"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul className="query-list" aria-label="Saved queries">
        {queries.map((q) => (
          <li key={q.name}>
            <button
              type="button"
              className="link"
              aria-pressed={q.name === selected}
              title={q.description}
              onClick={() => setSelected(q.name === selected ? null : q.name)}
            >
              {q.title}
            </button>{' '}
            <span className="muted query-tag">{q.source === 'saved' ? `saved · ${q.result}` : q.result}</span>
          </li>
        ))}
        {list && queries.length === 0 && <li className="muted">No query matches.</li>}
      </ul>
      {current && (
        <QueryForm
          key={current.name}
          query={current}
          running={running}
          error={error?.where === 'form' ? error.message : null}
          onRun={(params, mode) => void runLibrary(current, params, mode)}
          {...(current.source === 'saved' && {
            onEdit: () =>
              setEditor({
                cypher: current.cypher,
                rows: current.params.map((p) => ({
                  name: p.name,
                  value:
                    p.default === undefined
                      ? ''
                      : Array.isArray(p.default)
                        ? JSON.stringify(p.default)
                        : String(p.default),
                })),
                editing: current,
              }),
            onDelete: () => void remove(current),
          })}
        />
      )}
      <div className="actions">
        <button type="button" onClick={() => setEditor({ cypher: '', rows: [], editing: null })}>
          Cypher editor
        </button>
      </div>
      {list && (
        <p className="muted query-limits">
          Read-only · up to {list.limits.maxRows} rows and {list.limits.maxNodes} nodes · {list.limits.timeoutMs / 1000}{' '}
          s time limit
        </p>
      )}
      {list && list.problems.length > 0 && (
        <p className="truncated" role="note">
          {list.problems.length} saved {list.problems.length === 1 ? 'query' : 'queries'} in {list.savedIn} could not be
          read: {list.problems.join(' ')}
        </p>
      )}
      {error?.where === 'list' && (
        <p className="error-text" role="alert">
          {error.message}
        </p>
      )}
      {editor && (
        <CypherPanel
          key={editor.editing?.name ?? 'new'}
          start={editor}
          running={running}
          error={error?.where === 'editor' ? error.message : null}
          onRun={(cypher, params, mode) => void runCypher(cypher, params, mode)}
          onSaved={(query) => {
            setEditor(null);
            setSelected(query.name);
            reload();
          }}
          onClose={() => setEditor(null)}
        />
      )}
      {shown && (
        <ResultsView
          key={`${shown.title}-${shown.result.elapsedMs}-${shown.result.rows.length}`}
          shown={shown}
          onClose={() => setShown(null)}
          onPlace={(mode) => {
            addSubgraph(shown.result.subgraph, mode);
            setShown({ ...shown, placed: mode });
          }}
        />
      )}
    </section>
  );
}
