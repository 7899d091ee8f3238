/*
 * GEXF 1.3 streamed from a GraphSource: two passes, attribute types first, then the elements, each
 * written by the one GEXF writer (model/export/gexf.ts).
 */
import type { Writable } from 'node:stream';
import { GEXF_BETWEEN, GEXF_TAIL, gexfEdge, gexfHead, gexfModel, gexfNode } from '#model/export/gexf.ts';
import type { ExportSummary, GraphSource } from '#model/export/types.ts';
import { CitationCollector, TypeModel } from '#model/export/values.ts';
import { TextSink } from '../sink.ts';

/** Writes the source as GEXF 1.3 to `out`. */
export async function writeGexf(source: GraphSource, out: Writable): Promise<ExportSummary> {
  const nodeTypes = new TypeModel();
  const edgeTypes = new TypeModel();
  for await (const node of source.nodes()) nodeTypes.note(node.properties);
  for await (const edge of source.edges()) edgeTypes.note(edge.properties);
  const model = gexfModel(nodeTypes, edgeTypes);
  const sink = new TextSink(out);
  await sink.write(gexfHead(model, source.scopeName));
  const citations = new CitationCollector();
  let nodes = 0;
  for await (const node of source.nodes()) {
    citations.noteNode(node);
    nodes++;
    await sink.write(gexfNode(model, node));
  }
  await sink.write(GEXF_BETWEEN);
  let edges = 0;
  for await (const edge of source.edges()) {
    citations.noteEdge(edge);
    edges++;
    await sink.write(gexfEdge(model, edge));
  }
  await sink.write(GEXF_TAIL);
  await sink.flush();
  return { nodes, edges, articles: citations.size };
}
