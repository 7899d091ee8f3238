/*
 * The GEXF 1.3 rules newsgraph's exports rely on, checked without a schema (the 1.3 XSD could not be
 * obtained; see schemas/README.md): namespace and version, attribute types from the 1.3 list,
 * values of their type, unique ids, edge ends that are nodes, viz ranges. Pure (no Node APIs), so the
 * explorer's tests use it too.
 */
import { XMLParser } from 'fast-xml-parser';

const GEXF13_TYPES = new Set(
  [
    'integer',
    'long',
    'double',
    'float',
    'boolean',
    'string',
    'anyURI',
    'date',
    'bigdecimal',
    'biginteger',
    'byte',
    'short',
    'char',
  ].flatMap((t) => [t, `list${t}`]),
);

type El = Record<string, unknown>;
const arr = (v: unknown): El[] => (Array.isArray(v) ? (v as El[]) : v === undefined || v === '' ? [] : [v as El]);

function valueError(type: string, value: string): string | null {
  const base = type.startsWith('list') ? type.slice(4) : type;
  const items = type.startsWith('list')
    ? (() => {
        if (!/^\[.*\]$/s.test(value)) return null;
        const inner = value.slice(1, -1).trim();
        if (inner === '') return [];
        try {
          const parsed: unknown = JSON.parse(value);
          if (Array.isArray(parsed)) return parsed.map(String);
        } catch {
          // Unquoted GEXF 1.3 list: checked piece by piece below.
        }
        return inner.split(',').map((p) => p.trim());
      })()
    : [value];
  if (items === null) return `list value "${value}" is not in [a, b] form`;
  for (const item of items) {
    if (['integer', 'long', 'short', 'byte', 'biginteger'].includes(base) && !/^-?\d+$/.test(item))
      return `"${item}" is not an ${base}`;
    if (['double', 'float', 'bigdecimal'].includes(base) && !Number.isFinite(Number(item)))
      return `"${item}" is not a ${base}`;
    if (base === 'boolean' && item !== 'true' && item !== 'false') return `"${item}" is not a boolean`;
  }
  return null;
}

/** The GEXF 1.3 rules newsgraph relies on; returns the broken ones (none when the document keeps them). */
export function checkGexf13(xml: string): string[] {
  const errors: string[] = [];
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseAttributeValue: false,
    parseTagValue: false,
    htmlEntities: true,
  }).parse(xml) as El;
  const gexf = doc.gexf as El | undefined;
  if (!gexf) return ['no <gexf> root'];
  if (gexf['@xmlns'] !== 'http://gexf.net/1.3')
    errors.push(`namespace is ${String(gexf['@xmlns'])}, not http://gexf.net/1.3`);
  if (gexf['@version'] !== '1.3') errors.push(`version is ${String(gexf['@version'])}, not 1.3`);
  const meta = gexf.meta as El | undefined;
  if (meta?.['@lastmodifieddate'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(meta['@lastmodifieddate'])))
    errors.push('lastmodifieddate is not a date');
  const graph = arr(gexf.graph)[0];
  if (!graph) return [...errors, 'no <graph>'];
  if (
    graph['@defaultedgetype'] !== undefined &&
    !['directed', 'undirected', 'mutual'].includes(String(graph['@defaultedgetype']))
  )
    errors.push('bad defaultedgetype');
  const models: Record<string, Map<string, string>> = { node: new Map(), edge: new Map() };
  for (const block of arr(graph.attributes)) {
    const cls = String(block['@class']);
    if (cls !== 'node' && cls !== 'edge') errors.push(`attributes class "${cls}"`);
    for (const a of arr(block.attribute)) {
      const id = a['@id'];
      const type = String(a['@type']);
      if (typeof id !== 'string' || id === '') errors.push('an attribute without id');
      if (typeof a['@title'] !== 'string') errors.push(`attribute ${String(id)} without title`);
      if (!GEXF13_TYPES.has(type)) errors.push(`attribute ${String(id)} has type "${type}", not a GEXF 1.3 type`);
      models[cls === 'edge' ? 'edge' : 'node']!.set(String(id), type);
    }
  }
  const checkValues = (element: El, cls: 'node' | 'edge', where: string) => {
    for (const block of arr(element.attvalues)) {
      for (const v of arr(block.attvalue)) {
        const type = models[cls]!.get(String(v['@for']));
        if (!type) errors.push(`${where}: attvalue for undeclared attribute "${String(v['@for'])}"`);
        else if (typeof v['@value'] !== 'string') errors.push(`${where}: attvalue without value`);
        else {
          const problem = valueError(type, v['@value']);
          if (problem) errors.push(`${where}: ${problem}`);
        }
      }
    }
  };
  const nodeIds = new Set<string>();
  for (const node of arr(arr(graph.nodes)[0]?.node)) {
    const id = node['@id'];
    if (typeof id !== 'string') {
      errors.push('a node without id');
      continue;
    }
    if (nodeIds.has(id)) errors.push(`duplicate node id ${id}`);
    nodeIds.add(id);
    checkValues(node, 'node', `node ${id}`);
    const color = node['viz:color'] as El | undefined;
    if (color) {
      for (const c of ['@r', '@g', '@b']) {
        const n = Number(color[c]);
        if (color['@hex'] === undefined && (!Number.isInteger(n) || n < 0 || n > 255))
          errors.push(`node ${id}: viz:color ${c.slice(1)} out of range`);
      }
      if (color['@a'] !== undefined && !(Number(color['@a']) >= 0 && Number(color['@a']) <= 1))
        errors.push(`node ${id}: viz:color alpha out of range`);
    }
    const position = node['viz:position'] as El | undefined;
    if (position && !['@x', '@y'].every((k) => Number.isFinite(Number(position[k]))))
      errors.push(`node ${id}: viz:position not numeric`);
    const size = node['viz:size'] as El | undefined;
    if (size && !(Number(size['@value']) >= 0)) errors.push(`node ${id}: viz:size not a non-negative number`);
  }
  const edgeIds = new Set<string>();
  for (const edge of arr(arr(graph.edges)[0]?.edge)) {
    const id = String(edge['@id']);
    if (edgeIds.has(id)) errors.push(`duplicate edge id ${id}`);
    edgeIds.add(id);
    for (const end of ['@source', '@target'])
      if (!nodeIds.has(String(edge[end]))) errors.push(`edge ${id}: ${end.slice(1)} ${String(edge[end])} is no node`);
    checkValues(edge, 'edge', `edge ${id}`);
  }
  return errors;
}
