/*
 * The Export menu: format, scope (the current view, the selection, a node's neighbourhood, the last
 * query result, everything), "include co-mentions" (one option, the same for every format and scope)
 * and "include evidence". Images are drawn here from exactly what the view shows; every data format
 * is made by the server from one request (export-options.ts), so all formats of a scope hold the
 * same nodes and edges. Downloads newsgraph-<scope>-<date>.<ext>.
 */
import { useId, useState } from 'react';
import { ALL_FORMATS, FORMAT_SPECS, exportFileName, isImage } from '#model/export/formats.ts';
import { useExplorer } from '../core/view/explorer-context.ts';
import { download, downloadExport } from './download.ts';
import { MENU_SCOPES, exportRequest, scopeRequest, type MenuFormat, type MenuScope } from './export-options.ts';
import { viewContents, viewToPng, viewToSvg, viewViz } from './view-export.ts';
import './export-menu.css';

export function ExportMenu() {
  const { graph, visibility, sigma, selection, lastQuery, coMentions, setCoMentions } = useExplorer();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<MenuFormat>('gexf');
  const [scope, setScope] = useState<MenuScope>('view');
  const [depth, setDepth] = useState(1);
  const [withEvidence, setWithEvidence] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();
  const image = isImage(format);
  const effectiveScope: MenuScope = image ? 'view' : scope;
  const extension = FORMAT_SPECS[format].extension;

  const run = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const view = viewContents(graph, visibility, coMentions);
      const request = scopeRequest(effectiveScope, { view, selection, depth, query: lastQuery });
      if ('problem' in request) throw new Error(request.problem);
      if (image) {
        const name = exportFileName('view', { extension });
        if (format === 'png') download(await viewToPng(graph, sigma, view), name);
        else download(new Blob([viewToSvg(graph, sigma, view)], { type: 'image/svg+xml' }), name);
        setMessage(`Saved ${name}`);
        return;
      }
      const viz = request.kind === 'view' || request.kind === 'selection' ? viewViz(graph, request.keys) : undefined;
      const name = await downloadExport(exportRequest(format, request, { coMentions, withEvidence, viz }));
      setMessage(`Saved ${name}`);
    } catch (error) {
      setMessage(`Export failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const scopeNote = (value: MenuScope): string => {
    if (value === 'selection') return ` (${selection.length})`;
    if (value === 'node' && selection[0])
      return `: ${graph.hasNode(selection[0]) ? graph.getNodeAttribute(selection[0], 'label') : selection[0]}`;
    if (value === 'query' && lastQuery) return `: ${lastQuery.title}`;
    return '';
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
                  disabled={(image && s.value !== 'view') || (s.value === 'query' && !lastQuery)}
                  onChange={() => setScope(s.value)}
                />
                {s.label}
                {scopeNote(s.value)}
              </label>
            ))}
            {effectiveScope === 'node' && (
              <label>
                Depth{' '}
                <select
                  aria-label="Neighbourhood depth"
                  value={depth}
                  onChange={(e) => setDepth(Number(e.target.value))}
                >
                  {[1, 2, 3].map((d) => (
                    <option key={d} value={d}>
                      {d} step{d === 1 ? '' : 's'}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
          <label>
            <input type="checkbox" checked={coMentions} onChange={(e) => setCoMentions(e.target.checked)} />
            Include co-mentions (entities named in the same sentence)
          </label>
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
