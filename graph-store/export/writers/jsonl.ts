/*
 * JSON Lines: one object per line, nodes first, then relationships, then the cited articles.
 *   {"type":"node","key":…,"labels":[…],"properties":{…}}
 *   {"type":"relationship","key":…,"relType":…,"source":…,"target":…,"properties":{…}}
 *   {"type":"source","id":…,"title":…,"outlet":…,"publishedAt":…,"url":…}
 */
import type { Writable } from 'node:stream';
import { TextSink } from '../sink.ts';
import type { ExportSummary, GraphSource } from '#model/export/types.ts';
import { CitationCollector } from '#model/export/values.ts';

/** Writes the source as JSON Lines to `out`. */
export async function writeJsonl(source: GraphSource, out: Writable): Promise<ExportSummary> {
  const sink = new TextSink(out);
  const citations = new CitationCollector();
  let nodes = 0;
  for await (const node of source.nodes()) {
    citations.noteNode(node);
    nodes++;
    await sink.write(
      `${JSON.stringify({ type: 'node', key: node.key, labels: node.labels, properties: node.properties, ...(node.viz && { viz: node.viz }) })}\n`,
    );
  }
  let edges = 0;
  for await (const edge of source.edges()) {
    citations.noteEdge(edge);
    edges++;
    await sink.write(
      `${JSON.stringify({ type: 'relationship', key: edge.key, relType: edge.type, source: edge.source, target: edge.target, properties: edge.properties })}\n`,
    );
  }
  const sources = await citations.resolve((ids) => source.articles(ids));
  for (const a of sources) {
    await sink.write(
      `${JSON.stringify({ type: 'source', id: a.id, title: a.title, outlet: a.source, publishedAt: a.publishedAt, url: a.url })}\n`,
    );
  }
  await sink.flush();
  return { nodes, edges, articles: sources.length };
}
