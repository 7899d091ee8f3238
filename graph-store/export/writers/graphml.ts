/*
 * GraphML for yEd, Cytoscape and networkx, written as a stream, with typed attribute keys
 * (boolean, long, double, string). Node labels are the `labels` key (":Entity:State:Actor", the form
 * Neo4j's APOC reads), the relationship type is the `type` key. GraphML has no list type: a list is a
 * string key holding a JSON array, marked by the key's <desc>json-list</desc>. Node ids that are not
 * XML name tokens are escaped; every node keeps its `id` property as data.
 */
import type { Writable } from 'node:stream';
import { TextSink } from '../sink.ts';
import type { ExportSummary, GraphSource } from '#model/export/types.ts';
import { CitationCollector, TypeModel, scalarText, type ValueType } from '#model/export/values.ts';
import { xmlAttr, xmlText } from '#model/export/xml.ts';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
/** The <desc> of a key whose values are JSON arrays. */
export const JSON_LIST_DESC = 'json-list';

const GRAPHML_TYPES: Record<ValueType['base'], string> = {
  boolean: 'boolean',
  long: 'long',
  double: 'double',
  string: 'string',
};

/** A node key as an XML NMTOKEN (the type of GraphML ids): other characters become _xHHHH_. */
export function graphmlId(key: string): string {
  return key.replace(
    /[^\p{L}\p{N}._:-]|_(?=x[0-9A-F]{4,6}_)/gu,
    (c) => `_x${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** Undoes graphmlId. */
export function fromGraphmlId(id: string): string {
  return id.replace(/_x([0-9A-F]{4,6})_/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

function keyLines(model: [string, ValueType][], forWhat: 'node' | 'edge', ids: Map<string, string>): string {
  return model
    .map(([name, type]) => {
      const attrs = `id="${ids.get(name)}" for="${forWhat}" attr.name="${xmlAttr(name)}" attr.type="${type.list ? 'string' : GRAPHML_TYPES[type.base]}"`;
      return type.list ? `  <key ${attrs}><desc>${JSON_LIST_DESC}</desc></key>\n` : `  <key ${attrs}/>\n`;
    })
    .join('');
}

function dataElements(
  properties: Record<string, unknown>,
  types: Map<string, ValueType>,
  ids: Map<string, string>,
): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(properties)) {
    const type = types.get(name);
    if (value === null || value === undefined || !type) continue;
    const text = type.list ? JSON.stringify(Array.isArray(value) ? value : [value]) : scalarText(value);
    parts.push(`<data key="${ids.get(name)}">${xmlText(text)}</data>`);
  }
  return parts.join('');
}

/** Writes the source as GraphML to `out`. */
export async function writeGraphml(source: GraphSource, out: Writable): Promise<ExportSummary> {
  const nodeModel = new TypeModel();
  const edgeModel = new TypeModel();
  for await (const node of source.nodes()) nodeModel.note(node.properties);
  for await (const edge of source.edges()) edgeModel.note(edge.properties);
  const nodeEntries = nodeModel.entries().filter(([n]) => n !== 'labels');
  const edgeEntries = edgeModel.entries().filter(([n]) => n !== 'type');
  const nodeIds = new Map(nodeEntries.map(([name], i) => [name, `n${i}`]));
  const edgeIds = new Map(edgeEntries.map(([name], i) => [name, `e${i}`]));
  const nodeTypes = new Map(nodeEntries);
  const edgeTypes = new Map(edgeEntries);

  const sink = new TextSink(out);
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">\n` +
      `  <desc>${xmlText(`newsgraph export (${source.scopeName})`)}</desc>\n` +
      '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>\n' +
      keyLines(nodeEntries, 'node', nodeIds) +
      '  <key id="type" for="edge" attr.name="type" attr.type="string"/>\n' +
      keyLines(edgeEntries, 'edge', edgeIds) +
      '  <graph id="G" edgedefault="directed">\n',
  );
  const citations = new CitationCollector();
  let nodes = 0;
  for await (const node of source.nodes()) {
    citations.noteNode(node);
    nodes++;
    const labels = `<data key="labels">${xmlText(node.labels.map((l) => `:${l}`).join(''))}</data>`;
    await sink.write(
      `    <node id="${xmlAttr(graphmlId(node.key))}">${labels}${dataElements(node.properties, nodeTypes, nodeIds)}</node>\n`,
    );
  }
  let edges = 0;
  for await (const edge of source.edges()) {
    citations.noteEdge(edge);
    edges++;
    await sink.write(
      `    <edge id="r${edges}" source="${xmlAttr(graphmlId(edge.source))}" target="${xmlAttr(graphmlId(edge.target))}">` +
        `<data key="type">${xmlText(edge.type)}</data>${dataElements(edge.properties, edgeTypes, edgeIds)}</edge>\n`,
    );
  }
  await sink.write('  </graph>\n</graphml>\n');
  await sink.flush();
  return { nodes, edges, articles: citations.size };
}
