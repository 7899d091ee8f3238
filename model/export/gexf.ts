/*
 * GEXF 1.3 for Gephi, the one writer of it, as text pieces: the head (attribute declarations), one
 * element per node and edge, the tail. graph-store/export streams them from the database; the
 * explorer writes its view with gexfDocument. Node labels go in the `labels` attribute (liststring),
 * the relationship type in the edge's `label` and in its `type` attribute; every property is a typed
 * attribute whose id is its name (list types for lists, 1.3 syntax `["a", "b"]`). Positions,
 * colours and sizes are written as viz elements where the node has them.
 */
import type { ExportEdge, ExportNode, NodeViz } from './types.ts';
import { TypeModel, displayLabel, scalarText, type ValueType } from './values.ts';
import { parseColor, today, xmlAttr, xmlText } from './xml.ts';

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

/** One class of attributes (node or edge): their declaration order and types. An attribute's id is its name. */
interface AttributeClass {
  entries: [string, ValueType][];
  types: Map<string, ValueType>;
}

/** What a document declares up front: the node and edge attributes, the reserved ones first. */
export interface GexfModel {
  node: AttributeClass;
  edge: AttributeClass;
}

function attributeClass(model: TypeModel, reserved: string, reservedType: ValueType): AttributeClass {
  const entries: [string, ValueType][] = [[reserved, reservedType], ...model.entries().filter(([n]) => n !== reserved)];
  return { entries, types: new Map(entries.filter(([n]) => n !== reserved)) };
}

/** The attribute model from the property types seen over every node and every edge. */
export function gexfModel(nodeTypes: TypeModel, edgeTypes: TypeModel): GexfModel {
  return {
    // Reserved attributes first: the node's Neo4j labels and the relationship's type.
    node: attributeClass(nodeTypes, 'labels', { base: 'string', list: true }),
    edge: attributeClass(edgeTypes, 'type', { base: 'string', list: false }),
  };
}

function attributesBlock(attributes: AttributeClass, cls: 'node' | 'edge'): string {
  const lines = [`    <attributes class="${cls}" mode="static">\n`];
  for (const [name, type] of attributes.entries) {
    lines.push(`      <attribute id="${xmlAttr(name)}" title="${xmlAttr(name)}" type="${gexfType(type)}"/>\n`);
  }
  lines.push('    </attributes>\n');
  return lines.join('');
}

function attvalues(properties: Record<string, unknown>, attributes: AttributeClass, first: string): string {
  const parts = [first];
  for (const [name, value] of Object.entries(properties)) {
    const type = attributes.types.get(name);
    if (value === null || value === undefined || !type) continue;
    parts.push(`<attvalue for="${xmlAttr(name)}" value="${xmlAttr(gexfValue(type, value))}"/>`);
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

/** Everything before the first node: the XML declaration, meta, the attribute declarations. */
export function gexfHead(model: GexfModel, scopeName: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    `xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">\n` +
    `  <meta lastmodifieddate="${today()}">\n    <creator>newsgraph</creator>\n` +
    `    <description>${xmlText(`newsgraph export (${scopeName})`)}</description>\n  </meta>\n` +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    attributesBlock(model.node, 'node') +
    attributesBlock(model.edge, 'edge') +
    '    <nodes>\n'
  );
}

/** One node element. */
export function gexfNode(model: GexfModel, node: ExportNode): string {
  const labels = `<attvalue for="labels" value="${xmlAttr(gexfValue({ base: 'string', list: true }, node.labels))}"/>`;
  return (
    `      <node id="${xmlAttr(node.key)}" label="${xmlAttr(displayLabel(node))}">` +
    attvalues(node.properties, model.node, labels) +
    vizElements(node.viz) +
    '</node>\n'
  );
}

/** Between the last node and the first edge. */
export const GEXF_BETWEEN = '    </nodes>\n    <edges>\n';

/** One edge element. */
export function gexfEdge(model: GexfModel, edge: ExportEdge): string {
  const type = `<attvalue for="type" value="${xmlAttr(edge.type)}"/>`;
  return (
    `      <edge id="${xmlAttr(edge.key)}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}" label="${xmlAttr(edge.type)}">` +
    attvalues(edge.properties, model.edge, type) +
    '</edge>\n'
  );
}

/** After the last edge. */
export const GEXF_TAIL = '    </edges>\n  </graph>\n</gexf>\n';

/** A whole document from nodes and edges in memory (the explorer's view). */
export function gexfDocument(nodes: ExportNode[], edges: ExportEdge[], scopeName: string): string {
  const nodeTypes = new TypeModel();
  const edgeTypes = new TypeModel();
  nodes.forEach((n) => nodeTypes.note(n.properties));
  edges.forEach((e) => edgeTypes.note(e.properties));
  const model = gexfModel(nodeTypes, edgeTypes);
  return [
    gexfHead(model, scopeName),
    ...nodes.map((n) => gexfNode(model, n)),
    GEXF_BETWEEN,
    ...edges.map((e) => gexfEdge(model, e)),
    GEXF_TAIL,
  ].join('');
}
