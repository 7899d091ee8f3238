/*
 * One-click export of the query result just run, with the parameters it ran with: its rows as CSV,
 * and (for a graph result) its graph in any data format, co-mentions in or out by the explorer's one
 * export option.
 */
import { useState } from 'react';
import { EXPORT_FORMATS, FORMAT_SPECS, exportFileName, type ExportFormat } from '#model/export/formats.ts';
import { tableCsv } from '#model/saved-queries/table-csv.ts';
import type { QueryRunResult } from '#model/saved-queries/types.ts';
import { useExplorer } from '../core/view/explorer-context.ts';
import { download, downloadExport } from '../export/download.ts';
import { exportRequest, type QueryRun } from '../export/export-options.ts';

export function ResultExport({ result, run }: { result: QueryRunResult; run: QueryRun['scope'] }) {
  const { coMentions } = useExplorer();
  const [format, setFormat] = useState<ExportFormat>('gexf');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scopeName = run.kind === 'query' ? `query-${run.name}` : 'query';

  const saveRows = (): void => {
    const name = exportFileName(scopeName, { extension: 'csv' });
    download(new Blob([tableCsv(result.columns, result.rows)], { type: 'text/csv;charset=utf-8' }), name);
    setMessage(`Saved ${name}`);
  };

  const saveGraph = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const name = await downloadExport(exportRequest(format, run, { coMentions, withEvidence: false }));
      setMessage(`Saved ${name}`);
    } catch (error) {
      setMessage(`Export failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="result-export" role="group" aria-label="Export this result">
      {result.rows.length > 0 && (
        <button type="button" onClick={saveRows}>
          Download CSV
        </button>
      )}
      {result.subgraph.nodes.length > 0 && (
        <>
          <select
            aria-label="Result export format"
            value={format}
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_SPECS[f].label}
              </option>
            ))}
          </select>
          <button type="button" disabled={busy} onClick={() => void saveGraph()}>
            {busy ? 'Exporting…' : 'Export graph'}
          </button>
        </>
      )}
      {message && (
        <span className="muted" role="status">
          {message}
        </span>
      )}
    </div>
  );
}
