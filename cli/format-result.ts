/*
 * The CLI's output formats for query results: an aligned text table, CSV (RFC 4180) and JSON.
 * A graph result as a table lists its nodes and its relationships.
 */
import { cellText, nodeName } from '#model/saved-queries/cell-text.ts';
import { tableCsv } from '#model/saved-queries/table-csv.ts';
import type { QueryDefinition, QueryRunResult } from '#model/saved-queries/types.ts';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const MAX_CELL = 80;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** An aligned text table with a header line. */
export function textTable(columns: string[], rows: string[][]): string {
  const cells = rows.map((row) => row.map((cell) => clip(cell, MAX_CELL)));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** The result in the chosen format, ending with a newline. */
export function formatResult(result: QueryRunResult, format: OutputFormat): string {
  if (format === 'json') {
    const rows = result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
    return `${JSON.stringify({ columns: result.columns, rows, subgraph: result.subgraph, truncated: result.truncated }, null, 2)}\n`;
  }
  if (format === 'csv') return tableCsv(result.columns, result.rows);
  if (result.result === 'graph' && result.subgraph.nodes.length > 0) {
    const names = new Map(result.subgraph.nodes.map((n) => [n.key, nodeName(n)]));
    const nodes = textTable(
      ['key', 'kind', 'name'],
      result.subgraph.nodes.map((n) => [
        n.key,
        n.labels.filter((l) => l !== 'Entity' && l !== 'Actor').join(':') || n.labels.join(':'),
        nodeName(n),
      ]),
    );
    const edges = textTable(
      ['source', 'relationship', 'target'],
      result.subgraph.edges.map((e) => [names.get(e.source) ?? e.source, e.type, names.get(e.target) ?? e.target]),
    );
    return `${result.subgraph.nodes.length} nodes\n${nodes}\n\n${result.subgraph.edges.length} relationships\n${result.subgraph.edges.length > 0 ? `${edges}\n` : ''}`;
  }
  if (result.rows.length === 0) return '(no rows)\n';
  return `${textTable(
    result.columns,
    result.rows.map((row) => row.map(cellText)),
  )}\n`;
}

/** Notes about caps that cut the result short (empty when nothing was cut). */
export function truncationNotes(result: QueryRunResult): string[] {
  const notes: string[] = [];
  if (result.truncated.rows)
    notes.push(
      `only the first ${result.limits.maxRows} rows are shown; the query returned more (raise the cap with --max-rows)`,
    );
  if (result.truncated.nodes)
    notes.push(
      `only the first ${result.limits.maxNodes} nodes are kept; the result held more (raise the cap with --max-nodes)`,
    );
  return notes;
}

/** `newsgraph query --list`: one block per query with its parameters. */
export function formatQueryList(queries: QueryDefinition[]): string {
  return (
    queries
      .map((q) => {
        const params = q.params.map((p) => {
          const when =
            p.default !== undefined
              ? ` = ${Array.isArray(p.default) ? p.default.join(',') : String(p.default)}`
              : p.optional
                ? ' (optional)'
                : ' (required)';
          return `    --param ${p.name}=<${p.type}>${when}${p.description ? `  ${p.description}` : ''}`;
        });
        const source = q.source === 'saved' ? ', saved' : '';
        return [
          `${q.name}  (${q.result}${source})  ${q.title}`,
          ...(q.description ? [`    ${q.description}`] : []),
          ...params,
        ].join('\n');
      })
      .join('\n\n') + '\n'
  );
}
