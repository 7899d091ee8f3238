/*
 * GEXF 1.3 for Gephi, written as a stream. Node labels go in the `labels` attribute (liststring),
 * the relationship type in the edge's `label` and in its `type` attribute; every property is a
 * typed attribute (list types for lists, 1.3 syntax `["a", "b"]`). Positions, colours and sizes are
 * written as viz elements where the source knows them. Two passes: attribute types, then elements.
 */
import type { Writable } from 'node:stream';
import { TextSink } from '../sink.ts';
import type { ExportSummary, GraphSource, NodeViz } from '#model/export/types.ts';
import { CitationCollector, TypeModel, displayLabel, scalarText, type ValueType } from '../values.ts';
import { parseColor, today, xmlAttr, xmlText } from '#model/export/xml.ts';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/** The GEXF attribute type for a property type. */
export function gexfType(type: ValueType): string {
  return (type.list ? 'list' : '') + type.base;
}

/** A value as GEXF 1.3 attvalue text: scalars as text, lists as `[1, 2]` or `["a", "b"]`. */
export function gexfValue(type: ValueType, value: unknown): string {
  if (type.list && Array.isArray(value)) {
    return `[${value.map((v) => (type.base === 'string' ? JSON.stringify(String(v)) : scalarText(v))).join(', ')}]`;
  }
  return scalarText(value);
}

function attributesBlock(model: [string, ValueType][], cls: 'node' | 'edge', ids: Map<string, string>): string {
  const lines = [`    <attributes class="${cls}" mode="static">\n`];
  for (const [name, type] of model) {
    lines.push(
      `      <attribute id="${xmlAttr(ids.get(name)!)}" title="${xmlAttr(name)}" type="${gexfType(type)}"/>\n`,
    );
  }
  lines.push('    </attributes>\n');
  return lines.join('');
}

function attvalues(
  properties: Record<string, unknown>,
  types: Map<string, ValueType>,
  ids: Map<string, string>,
  extra: string,
): string {
  const parts = [extra];
  for (const [name, value] of Object.entries(properties)) {
    const type = types.get(name);
    if (value === null || value === undefined || !type) continue;
    parts.push(`<attvalue for="${xmlAttr(ids.get(name)!)}" value="${xmlAttr(gexfValue(type, value))}"/>`);
  }
  return `<attvalues>${parts.join('')}</attvalues>`;
}

function vizElements(viz: NodeViz | undefined): string {
  if (!viz) return '';
  const parts: string[] = [];
  const color = viz.color ? parseColor(viz.color) : null;
  if (color)
    parts.push(
      `<viz:color r="${color.r}" g="${color.g}" b="${color.b}"${color.a === undefined ? '' : ` a="${color.a}"`}/>`,
    );
  if (Number.isFinite(viz.x) && Number.isFinite(viz.y)) parts.push(`<viz:position x="${viz.x}" y="${viz.y}" z="0"/>`);
  if (Number.isFinite(viz.size)) parts.push(`<viz:size value="${viz.size}"/>`);
  return parts.join('');
}

/** Writes the source as GEXF 1.3 to `out`. */
export async function writeGexf(source: GraphSource, out: Writable): Promise<ExportSummary> {
  const nodeModel = new TypeModel();
  const edgeModel = new TypeModel();
  for await (const node of source.nodes()) nodeModel.note(node.properties);
  for await (const edge of source.edges()) edgeModel.note(edge.properties);
  // Reserved attributes first: the node's Neo4j labels and the relationship's type.
  const nodeEntries: [string, ValueType][] = [
    ['labels', { base: 'string', list: true }],
    ...nodeModel.entries().filter(([n]) => n !== 'labels'),
  ];
  const edgeEntries: [string, ValueType][] = [
    ['type', { base: 'string', list: false }],
    ...edgeModel.entries().filter(([n]) => n !== 'type'),
  ];
  const nodeIds = new Map(nodeEntries.map(([name], i) => [name, i === 0 ? 'labels' : `n${i}`]));
  const edgeIds = new Map(edgeEntries.map(([name], i) => [name, i === 0 ? 'type' : `e${i}`]));
  const nodeTypes = new Map(nodeEntries.filter(([n]) => n !== 'labels'));
  const edgeTypes = new Map(edgeEntries.filter(([n]) => n !== 'type'));

  const sink = new TextSink(out);
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">\n` +
      `  <meta lastmodifieddate="${today()}">\n    <creator>newsgraph</creator>\n` +
      `    <description>${xmlText(`newsgraph export (${source.scopeName})`)}</description>\n  </meta>\n` +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      attributesBlock(nodeEntries, 'node', nodeIds) +
      attributesBlock(edgeEntries, 'edge', edgeIds) +
      '    <nodes>\n',
  );
  const citations = new CitationCollector();
  let nodes = 0;
  for await (const node of source.nodes()) {
    citations.noteNode(node);
    nodes++;
    const labels = `<attvalue for="labels" value="${xmlAttr(gexfValue({ base: 'string', list: true }, node.labels))}"/>`;
    await sink.write(
      `      <node id="${xmlAttr(node.key)}" label="${xmlAttr(displayLabel(node))}">` +
        attvalues(node.properties, nodeTypes, nodeIds, labels) +
        vizElements(node.viz) +
        '</node>\n',
    );
  }
  await sink.write('    </nodes>\n    <edges>\n');
  let edges = 0;
  for await (const edge of source.edges()) {
    citations.noteEdge(edge);
    edges++;
    const type = `<attvalue for="type" value="${xmlAttr(edge.type)}"/>`;
    await sink.write(
      `      <edge id="${xmlAttr(edge.key)}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}" label="${xmlAttr(edge.type)}">` +
        attvalues(edge.properties, edgeTypes, edgeIds, type) +
        '</edge>\n',
    );
  }
  await sink.write('    </edges>\n  </graph>\n</gexf>\n');
  await sink.flush();
  return { nodes, edges, articles: citations.size };
}
