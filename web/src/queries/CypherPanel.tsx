/*
 * The ad-hoc Cypher editor: highlighting and completion (@neo4j-cypher/react-codemirror, fed with
 * the graph's labels, types, keys and functions), a parameters panel, the history of runs (kept in
 * this browser), and "Save as" / "Save" to store the query on the server for every user.
 * Everything runs read-only on the server; a write comes back refused.
 */
import { useEffect, useMemo, useState } from 'react';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import type { QueryDefinition, ResultKind, SavedQueryInput } from '#model/saved-queries/types.ts';
import type { EditorSchemaResponse } from '#model/api-types.ts';
import { api } from '../api/client.ts';
import {
  RESULT_CHOICES,
  addToHistory,
  parametersUsed,
  parseHistory,
  rowToParam,
  rowsToParams,
  type HistoryEntry,
  type ParamRow,
} from './utils.ts';

const HISTORY_KEY = 'newsgraph.queries.history';

/** What the editor was opened on: a blank page, or a saved query to edit. */
export interface EditorStart {
  cypher: string;
  rows: ParamRow[];
  editing: QueryDefinition | null;
}

export interface CypherPanelProps {
  start: EditorStart;
  running: boolean;
  /** The last run's error, shown beside the editor. */
  error: string | null;
  onRun(cypher: string, params: Record<string, unknown>, mode: 'add' | 'replace'): void;
  onSaved(query: QueryDefinition): void;
  onClose(): void;
}

export function CypherPanel({ start, running, error, onRun, onSaved, onClose }: CypherPanelProps) {
  const [cypher, setCypher] = useState(start.cypher);
  const [rows, setRows] = useState<ParamRow[]>(start.rows);
  const [mode, setMode] = useState<'add' | 'replace'>('add');
  const [history, setHistory] = useState<HistoryEntry[]>(() => parseHistory(window.localStorage.getItem(HISTORY_KEY)));
  const [schema, setSchema] = useState<EditorSchemaResponse | null>(null);
  const [saving, setSaving] = useState(false);
  const [title, setTitle] = useState(start.editing?.title ?? '');
  const [description, setDescription] = useState(start.editing?.description ?? '');
  const [resultKind, setResultKind] = useState<ResultKind>(start.editing?.result ?? 'graph');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [editorKey, setEditorKey] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api.queries
      .schema(controller.signal)
      .then(setSchema)
      .catch(() => setSchema(null));
    return () => controller.abort();
  }, []);

  // A $name typed in the query gets a row in the parameters panel.
  const used = useMemo(() => parametersUsed(cypher), [cypher]);
  const missing = used.filter((name) => !rows.some((r) => r.name === name));
  const editorSchema = useMemo(
    () => (schema ? { ...schema, parameters: rows.map((r) => r.name).filter(Boolean) } : undefined),
    [schema, rows],
  );

  const run = () => {
    const next = addToHistory(history, { cypher, params: rows, at: Date.now() });
    setHistory(next);
    window.localStorage.setItem(HISTORY_KEY, JSON.stringify(next));
    onRun(cypher, rowsToParams(rows), mode);
  };

  const restore = (entry: HistoryEntry) => {
    setCypher(entry.cypher);
    setRows(entry.params);
    setEditorKey((k) => k + 1);
  };

  const save = async (asNew: boolean) => {
    setSaveError(null);
    const input: SavedQueryInput = {
      title,
      description,
      cypher,
      result: resultKind,
      params: rows.filter((r) => r.name.trim() !== '').map(rowToParam),
    };
    try {
      const saved =
        asNew || !start.editing ? await api.queries.save(input) : await api.queries.update(start.editing.name, input);
      setSaving(false);
      onSaved(saved);
    } catch (error) {
      setSaveError((error as Error).message);
    }
  };

  return (
    <section className="panel cypher-panel" aria-label="Cypher editor">
      <header className="query-results-head">
        <h2>{start.editing ? `Edit “${start.editing.title}”` : 'Cypher'}</h2>
        <span className="muted">read-only: a query that would write is refused</span>
        <span className="spacer" />
        <button type="button" aria-label="Close editor" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="cypher-body">
        <div className="cypher-main">
          <CypherEditor
            key={editorKey}
            className="cypher-editor"
            value={cypher}
            onValueChanged={(value: string) => setCypher(value)}
            lineNumbers
            lineWrapping
            autocomplete
            placeholder="MATCH (a:Actor)-[r]-(b) RETURN a, r, b LIMIT 25"
            {...(editorSchema && { schema: editorSchema })}
            onKeyDown={(event: KeyboardEvent) => {
              if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') run();
            }}
          />
          {error && (
            <p className="error-text editor-error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="button" disabled={running || cypher.trim() === ''} onClick={run}>
              {running ? 'Running…' : 'Run'}
            </button>
            <label>
              <input type="radio" name="cypher-mode" checked={mode === 'add'} onChange={() => setMode('add')} /> Add to
              view
            </label>
            <label>
              <input type="radio" name="cypher-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />{' '}
              Replace view
            </label>
            <span className="spacer" />
            <button type="button" onClick={() => setSaving((s) => !s)} aria-expanded={saving}>
              {start.editing ? 'Save…' : 'Save as…'}
            </button>
          </div>
          {saving && (
            <form
              className="save-form"
              aria-label="Save query"
              onSubmit={(e) => {
                e.preventDefault();
                void save(false);
              }}
            >
              <label>
                Title <input aria-label="Title" value={title} required onChange={(e) => setTitle(e.target.value)} />
              </label>
              <label>
                Description{' '}
                <input aria-label="Description" value={description} onChange={(e) => setDescription(e.target.value)} />
              </label>
              <label>
                Result{' '}
                <select
                  aria-label="Result"
                  value={resultKind}
                  onChange={(e) => setResultKind(e.target.value as ResultKind)}
                >
                  {RESULT_CHOICES.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
              </label>
              <p className="muted">
                Saved on the server, for every user; the parameters below become its form, their values its defaults.
              </p>
              {saveError && (
                <p className="error-text" role="alert">
                  {saveError}
                </p>
              )}
              <div className="actions">
                <button type="submit">{start.editing ? 'Save changes' : 'Save'}</button>
                {start.editing && (
                  <button type="button" onClick={() => void save(true)}>
                    Save as new
                  </button>
                )}
              </div>
            </form>
          )}
        </div>
        <div className="cypher-side">
          <h3>Parameters</h3>
          {rows.map((row, i) => (
            <div className="param-row" key={i}>
              <input
                aria-label={`Parameter ${i + 1} name`}
                placeholder="name"
                value={row.name}
                onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, name: e.target.value } : r)))}
              />
              <input
                aria-label={`Parameter ${i + 1} value`}
                placeholder="value (JSON or text)"
                value={row.value}
                onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))}
              />
              <button
                type="button"
                aria-label={`Remove parameter ${i + 1}`}
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
              >
                −
              </button>
            </div>
          ))}
          <div className="actions">
            <button type="button" onClick={() => setRows([...rows, { name: '', value: '' }])}>
              Add parameter
            </button>
            {missing.map((name) => (
              <button type="button" key={name} onClick={() => setRows([...rows, { name, value: '' }])}>
                Add ${name}
              </button>
            ))}
          </div>
          <h3>History</h3>
          {history.length === 0 ? (
            <p className="muted">Queries you run appear here.</p>
          ) : (
            <ol className="query-history" aria-label="Query history">
              {history.map((h) => (
                <li key={h.at}>
                  <button type="button" className="link" title={h.cypher} onClick={() => restore(h)}>
                    {h.cypher.replace(/\s+/g, ' ').slice(0, 70)}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
