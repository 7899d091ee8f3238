/*
 * A query's result: a note on what went into the view, truncation notes, and the table (the rows
 * for a table result; the nodes for a graph result, with the raw rows a click away).
 */
import { useState } from 'react';
import { cellText, nodeName } from '#model/saved-queries/cell-text.ts';
import type { QueryRunResult } from '#model/saved-queries/types.ts';

const SHOWN_ROWS = 500;

export interface ShownResult {
  title: string;
  result: QueryRunResult;
  /** Whether the graph went into the view ('add' or 'replace'), or not at all. */
  placed: 'add' | 'replace' | null;
}

export function ResultsView({
  shown,
  onClose,
  onPlace,
}: {
  shown: ShownResult;
  onClose(): void;
  onPlace(mode: 'add' | 'replace'): void;
}) {
  const { result } = shown;
  const [rowsView, setRowsView] = useState(result.result === 'table');
  const graph = result.subgraph;
  const columns = rowsView ? result.columns : ['name', 'kind', 'key'];
  const rows = rowsView
    ? result.rows.map((row) => row.map(cellText))
    : graph.nodes.map((n) => [nodeName(n), n.labels.filter((l) => l !== 'Entity' && l !== 'Actor').join(', '), n.key]);

  return (
    <section className="panel query-results" aria-label="Query results">
      <header className="query-results-head">
        <h2>{shown.title}</h2>
        <span className="muted">
          {result.rows.length} row{result.rows.length === 1 ? '' : 's'} · {graph.nodes.length} node
          {graph.nodes.length === 1 ? '' : 's'} · {graph.edges.length} relationship
          {graph.edges.length === 1 ? '' : 's'} · {result.elapsedMs} ms
        </span>
        <span className="spacer" />
        {graph.nodes.length > 0 && (
          <button type="button" aria-pressed={rowsView} onClick={() => setRowsView((v) => !v)}>
            {rowsView ? 'Show nodes' : 'Show rows'}
          </button>
        )}
        {graph.nodes.length > 0 && shown.placed === null && (
          <>
            <button type="button" onClick={() => onPlace('add')}>
              Add to view
            </button>
            <button type="button" onClick={() => onPlace('replace')}>
              Replace view
            </button>
          </>
        )}
        <button type="button" aria-label="Close results" onClick={onClose}>
          ×
        </button>
      </header>
      {shown.placed && (
        <p className="muted" role="status">
          {shown.placed === 'replace' ? 'The view now shows' : 'Added to the view:'} {graph.nodes.length} nodes and{' '}
          {graph.edges.length} relationships.
        </p>
      )}
      {result.truncated.rows && (
        <p className="truncated" role="note">
          Truncated: only the first {result.limits.maxRows} rows are shown; the query returned more. Narrow it with a
          LIMIT or a filter.
        </p>
      )}
      {result.truncated.nodes && (
        <p className="truncated" role="note">
          Truncated: only the first {result.limits.maxNodes} nodes are kept; the result held more.
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">No rows.</p>
      ) : (
        <div className="query-table-wrap">
          <table className="query-table">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN_ROWS).map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j} title={cell.length > 80 ? cell : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN_ROWS && (
            <p className="muted">
              The table shows the first {SHOWN_ROWS} of {rows.length}.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
