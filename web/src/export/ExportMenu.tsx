/*
 * The Export menu: format, scope (current view, selection, a saved query's result) and "include
 * evidence". Images and the view's GEXF are made here from the view; everything else streams from
 * /api/export through the API client (with the view's positions, colours and sizes). Downloads
 * newsgraph-<scope>-<date>.<ext>.
 */
import { useEffect, useId, useState } from 'react';
import type { ExportRequest } from '#model/api-types.ts';
import { ALL_FORMATS, FORMAT_SPECS, exportFileName, isImage } from '#model/export/formats.ts';
import { api } from '../api/client.ts';
import { useExplorer } from '../core/view/explorer-context.ts';
import {
  MENU_SCOPES,
  dispositionFileName,
  madeInBrowser,
  parseParamLines,
  type MenuFormat,
  type MenuScope,
} from './export-options.ts';
import { viewKeys, viewToGexf, viewToPng, viewToSvg, viewViz } from './view-export.ts';
import './export-menu.css';

/** Saves a blob under a file name through a temporary link. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportMenu() {
  const { graph, sigma, selection } = useExplorer();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<MenuFormat>('gexf');
  const [scope, setScope] = useState<MenuScope>('view');
  const [withEvidence, setWithEvidence] = useState(false);
  const [queryName, setQueryName] = useState('');
  const [queryParams, setQueryParams] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [graphQueries, setGraphQueries] = useState<{ name: string; title: string }[]>([]);
  const id = useId();
  const image = isImage(format);
  const effectiveScope: MenuScope = image ? 'view' : scope;
  const extension = FORMAT_SPECS[format].extension;

  // The saved queries with a graph result, offered as suggestions for the query scope.
  useEffect(() => {
    if (!open || scope !== 'query' || graphQueries.length > 0) return undefined;
    const controller = new AbortController();
    api.queries
      .list(controller.signal)
      .then((body) =>
        setGraphQueries(
          body.queries.filter((q) => q.result !== 'table').map((q) => ({ name: q.name, title: q.title || q.name })),
        ),
      )
      .catch(() => {
        // No suggestions: the name can still be typed.
      });
    return () => controller.abort();
  }, [open, scope, graphQueries.length]);

  const run = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const evidence = withEvidence && !image;
      if (effectiveScope === 'view' && viewKeys(graph, sigma).length === 0)
        throw new Error('The view is empty: there is nothing to export.');
      if (effectiveScope === 'selection' && selection.length === 0)
        throw new Error('Nothing is selected: select a node first.');
      if (effectiveScope === 'query' && queryName.trim() === '') throw new Error('Name the saved query to export.');
      if (madeInBrowser(format, effectiveScope, evidence)) {
        const name = exportFileName('view', { extension });
        if (format === 'png') download(await viewToPng(graph, sigma), name);
        else if (format === 'svg') download(new Blob([viewToSvg(graph, sigma)], { type: 'image/svg+xml' }), name);
        else download(new Blob([viewToGexf(graph, sigma)], { type: 'application/gexf+xml' }), name);
        setMessage(`Saved ${name}`);
        return;
      }
      const keys = effectiveScope === 'view' ? viewKeys(graph, sigma) : selection;
      const body: ExportRequest = {
        format,
        withEvidence: evidence,
        scope:
          effectiveScope === 'query'
            ? { kind: 'query', name: queryName.trim(), params: parseParamLines(queryParams) }
            : { kind: effectiveScope, keys },
        ...(effectiveScope !== 'query' && {
          viz: viewViz(
            graph,
            sigma,
            keys.filter((k) => graph.hasNode(k)),
          ),
        }),
      };
      const { blob, disposition } = await api.exportFile(body);
      const name = dispositionFileName(disposition) ?? exportFileName(effectiveScope, { extension });
      download(blob, name);
      setMessage(`Saved ${name}`);
    } catch (error) {
      setMessage(`Export failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu">
      <button type="button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen((o) => !o)}>
        Export
      </button>
      {open && (
        <div className="export-panel panel" id={`${id}-panel`} role="dialog" aria-label="Export">
          <label>
            Format
            <select aria-label="Format" value={format} onChange={(e) => setFormat(e.target.value as MenuFormat)}>
              {ALL_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_SPECS[f].label}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Scope</legend>
            {MENU_SCOPES.map((s) => (
              <label key={s.value}>
                <input
                  type="radio"
                  name={`${id}-scope`}
                  value={s.value}
                  checked={effectiveScope === s.value}
                  disabled={image && s.value !== 'view'}
                  onChange={() => setScope(s.value)}
                />
                {s.label}
                {s.value === 'selection' && ` (${selection.length})`}
              </label>
            ))}
          </fieldset>
          {effectiveScope === 'query' && (
            <div className="export-query">
              <label>
                Saved query
                <input
                  aria-label="Saved query name"
                  list={`${id}-queries`}
                  value={queryName}
                  placeholder="ego-network"
                  onChange={(e) => setQueryName(e.target.value)}
                />
                <datalist id={`${id}-queries`}>
                  {graphQueries.map((q) => (
                    <option key={q.name} value={q.name}>
                      {q.title}
                    </option>
                  ))}
                </datalist>
              </label>
              <label>
                Parameters
                <textarea
                  aria-label="Saved query parameters"
                  rows={2}
                  value={queryParams}
                  placeholder="actor=state:ru"
                  onChange={(e) => setQueryParams(e.target.value)}
                />
              </label>
            </div>
          )}
          <label>
            <input
              type="checkbox"
              checked={withEvidence && !image}
              disabled={image}
              onChange={(e) => setWithEvidence(e.target.checked)}
            />
            Include evidence (sentences and articles)
          </label>
          <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
            {busy ? 'Exporting…' : `Download .${extension}`}
          </button>
          {message && (
            <p className="export-message" role="status">
              {message}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
