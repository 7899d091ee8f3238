/*
 * A Cypher script of idempotent statements, one per line, that `newsgraph import` or cypher-shell
 * can run again and again: each node is MERGEd on its constrained label and `id`, its properties set
 * and its other labels added; each relationship is MERGEd between its end nodes with all its
 * properties, so running the script twice changes nothing. The cited articles close the script as
 * comments.
 */
import type { Writable } from 'node:stream';
import { cypherName } from '../../db/cypher-files.ts';
import { TextSink } from '../sink.ts';
import type { ExportSummary, GraphSource } from '#model/export/types.ts';
import { CitationCollector, keyLabel } from '#model/export/values.ts';
import { today } from '#model/export/xml.ts';

/** A plain value as a Cypher literal (strings in JSON form, which Cypher reads; whole numbers as integers). */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    const text = String(value);
    return Number.isInteger(value) || /[.eE]/.test(text) ? text.replace('e+', 'e') : `${text}.0`;
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') return cypherMap(value as Record<string, unknown>);
  return JSON.stringify(String(value));
}

/** A property map as a Cypher map literal, nulls left out (Neo4j does not store them). */
export function cypherMap(properties: Record<string, unknown>): string {
  const entries = Object.entries(properties).filter(([, v]) => v !== null && v !== undefined);
  return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
}

function endPattern(variable: string, key: string, labels: string[] | undefined): string {
  const label = keyLabel(labels);
  return `(${variable}${label ? `:${cypherName(label)}` : ''} {id: ${cypherLiteral(key)}})`;
}

/** Writes the source as a Cypher script to `out`. */
export async function writeCypher(source: GraphSource, out: Writable): Promise<ExportSummary> {
  const sink = new TextSink(out);
  const citations = new CitationCollector();
  await sink.write(
    `// newsgraph export (${source.scopeName}), ${today()}.\n` +
      '// Idempotent: every statement MERGEs, so running the script twice changes nothing.\n' +
      '// Run with `newsgraph import <file>` or `cypher-shell -f <file>`; one statement per line.\n',
  );
  let nodes = 0;
  for await (const node of source.nodes()) {
    citations.noteNode(node);
    nodes++;
    const label = keyLabel(node.labels);
    const others = node.labels.filter((l) => l !== label);
    const props = { ...node.properties };
    delete props.id;
    const set = [
      ...(Object.keys(props).length > 0 ? [`n += ${cypherMap(props)}`] : []),
      ...(others.length > 0 ? [`n${others.map((l) => `:${cypherName(l)}`).join('')}`] : []),
    ];
    await sink.write(
      `MERGE ${endPattern('n', node.key, node.labels)}${set.length > 0 ? ` SET ${set.join(', ')}` : ''};\n`,
    );
  }
  let edges = 0;
  for await (const edge of source.edges()) {
    citations.noteEdge(edge);
    edges++;
    await sink.write(
      `MATCH ${endPattern('a', edge.source, edge.sourceLabels)} MATCH ${endPattern('b', edge.target, edge.targetLabels)} ` +
        `MERGE (a)-[:${cypherName(edge.type)} ${cypherMap(edge.properties)}]->(b);\n`,
    );
  }
  const sources = await citations.resolve((ids) => source.articles(ids));
  await sink.write(`// SOURCES: ${sources.length} article${sources.length === 1 ? '' : 's'} cited\n`);
  for (const a of sources) {
    await sink.write(
      `// ${[a.title ?? '(untitled)', a.source ?? 'unknown outlet', a.publishedAt ?? 'undated', a.url ?? 'no url'].join(' | ').replace(/[\r\n]+/g, ' ')}\n`,
    );
  }
  await sink.flush();
  return { nodes, edges, articles: sources.length };
}
