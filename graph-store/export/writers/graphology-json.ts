/*
 * graphology's serialised JSON (`Graph.from(json)` / `graph.import(json)`), written as a stream.
 * Node attributes follow the explorer's view graph: label, kind, labels, properties, and x, y, size,
 * color where known; edge attributes: type, label, properties. The cited articles go in the graph
 * attributes, as `sources`, written last (JSON key order does not matter).
 */
import type { Writable } from 'node:stream';
import { TextSink } from '../sink.ts';
import type { ExportNode, ExportSummary, GraphSource } from '#model/export/types.ts';
import { CitationCollector, displayLabel } from '#model/export/values.ts';
import { kindOf } from '#model/kinds.ts';

/** A node's graphology attributes. */
export function nodeAttributes(node: ExportNode): Record<string, unknown> {
  return {
    label: displayLabel(node),
    kind: kindOf(node.labels),
    labels: node.labels,
    properties: node.properties,
    ...(node.viz?.x !== undefined && { x: node.viz.x }),
    ...(node.viz?.y !== undefined && { y: node.viz.y }),
    ...(node.viz?.size !== undefined && { size: node.viz.size }),
    ...(node.viz?.color !== undefined && { color: node.viz.color }),
  };
}

/** Writes the source as graphology JSON to `out`. */
export async function writeGraphologyJson(source: GraphSource, out: Writable): Promise<ExportSummary> {
  const sink = new TextSink(out);
  const citations = new CitationCollector();
  await sink.write('{"options":{"type":"directed","multi":true,"allowSelfLoops":true},\n"nodes":[');
  let nodes = 0;
  for await (const node of source.nodes()) {
    citations.noteNode(node);
    await sink.write(
      `${nodes++ === 0 ? '\n' : ',\n'}${JSON.stringify({ key: node.key, attributes: nodeAttributes(node) })}`,
    );
  }
  await sink.write('\n],\n"edges":[');
  let edges = 0;
  for await (const edge of source.edges()) {
    citations.noteEdge(edge);
    const attributes = { type: edge.type, label: edge.type, properties: edge.properties };
    await sink.write(
      `${edges++ === 0 ? '\n' : ',\n'}${JSON.stringify({ key: edge.key, source: edge.source, target: edge.target, attributes })}`,
    );
  }
  const sources = await citations.resolve((ids) => source.articles(ids));
  await sink.write(
    `\n],\n"attributes":${JSON.stringify({ name: `newsgraph export (${source.scopeName})`, sources })}}\n`,
  );
  await sink.flush();
  return { nodes, edges, articles: sources.length };
}
