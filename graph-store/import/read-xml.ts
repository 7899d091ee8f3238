/*
 * GEXF and GraphML readers (fast-xml-parser; the file is read whole). They read what the newsgraph
 * writers write, and plain files from Gephi, yEd or networkx: nodes without a `labels` attribute get
 * the label Node, edges without a `type` get RELATED_TO.
 */
import { XMLParser } from 'fast-xml-parser';
import { InputError } from '#model/errors.ts';
import { fromGraphmlId, JSON_LIST_DESC } from '../export/writers/graphml.ts';
import type { ImportedGraph, ImportEdge, ImportNode } from './types.ts';
import { parseListText, typedScalar } from './values.ts';

const ARRAYS = new Set(['node', 'edge', 'data', 'key', 'attvalue', 'attribute', 'attributes', 'graph']);

type XmlElement = Record<string, unknown>;

function parseXml(text: string, file: string): XmlElement {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAYS.has(name),
  });
  try {
    return parser.parse(text, true) as XmlElement;
  } catch (error) {
    throw new InputError(`${file} is not well-formed XML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function list(value: unknown): XmlElement[] {
  return Array.isArray(value)
    ? (value as XmlElement[])
    : value === undefined || value === ''
      ? []
      : [value as XmlElement];
}

function attr(element: XmlElement, name: string): string | undefined {
  const value = element[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

function text(element: XmlElement | string): string {
  if (typeof element === 'string') return element;
  const value = element['#text'];
  return typeof value === 'string' ? value : value === undefined ? '' : String(value);
}

/** Keys nodes by their `id` property when they have one (newsgraph exports always do), else by their file id. */
function finish(
  nodes: (ImportNode & { fileId: string })[],
  edges: (ImportEdge & { fileSource: string; fileTarget: string })[],
): ImportedGraph {
  const keyOf = new Map(nodes.map((n) => [n.fileId, n.key]));
  return {
    nodes: nodes.map(({ key, labels, properties }) => ({ key, labels, properties })),
    edges: edges.map(({ type, fileSource, fileTarget, properties }) => ({
      type,
      source: keyOf.get(fileSource) ?? fileSource,
      target: keyOf.get(fileTarget) ?? fileTarget,
      properties,
    })),
  };
}

function nodeKeyFrom(properties: Record<string, unknown>, fallback: string): string {
  const id = properties.id;
  return typeof id === 'string' ? id : id !== undefined && id !== null ? String(id) : fallback;
}

/** An edge as the file states it: its ends are file-local ids, resolved to node keys by `finish`. */
function fileEdge(e: XmlElement, type: string, properties: Record<string, unknown>) {
  return {
    type,
    source: '',
    target: '',
    fileSource: attr(e, 'source') ?? '',
    fileTarget: attr(e, 'target') ?? '',
    properties,
  };
}

/** Reads a GEXF (1.2 or 1.3) file. */
export function readGexf(content: string, file: string): ImportedGraph {
  const root = parseXml(content, file).gexf as XmlElement | undefined;
  const graph = list(root?.graph)[0];
  if (!root || !graph) throw new InputError(`${file} is not a GEXF file (no <gexf><graph>)`);
  const models: Record<'node' | 'edge', Map<string, { title: string; type: string }>> = {
    node: new Map(),
    edge: new Map(),
  };
  for (const block of list(graph.attributes)) {
    const cls = attr(block, 'class') === 'edge' ? 'edge' : 'node';
    for (const a of list(block.attribute))
      models[cls].set(attr(a, 'id') ?? '', {
        title: attr(a, 'title') ?? attr(a, 'id') ?? '',
        type: attr(a, 'type') ?? 'string',
      });
  }
  const values = (element: XmlElement, cls: 'node' | 'edge'): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const attvalues of list(element.attvalues)) {
      for (const v of list(attvalues.attvalue)) {
        const model = models[cls].get(attr(v, 'for') ?? attr(v, 'id') ?? '');
        const raw = attr(v, 'value');
        if (!model || raw === undefined) continue;
        out[model.title] = model.type.startsWith('list')
          ? parseListText(model.type.slice(4), raw)
          : typedScalar(model.type, raw);
      }
    }
    return out;
  };
  const nodes = list(list(graph.nodes)[0]?.node).map((n) => {
    const fileId = attr(n, 'id') ?? '';
    const properties = values(n, 'node');
    const labels = Array.isArray(properties.labels) ? properties.labels.map(String) : ['Node'];
    delete properties.labels;
    return { fileId, key: nodeKeyFrom(properties, fileId), labels, properties };
  });
  const edges = list(list(graph.edges)[0]?.edge).map((e) => {
    const properties = values(e, 'edge');
    const type = typeof properties.type === 'string' ? properties.type : (attr(e, 'label') ?? 'RELATED_TO');
    delete properties.type;
    return fileEdge(e, type, properties);
  });
  return finish(nodes, edges);
}

/** Reads a GraphML file (keys typed by attr.type; `json-list` keys hold JSON arrays). */
export function readGraphml(content: string, file: string): ImportedGraph {
  const root = parseXml(content, file).graphml as XmlElement | undefined;
  const graph = list(root?.graph)[0];
  if (!root || !graph) throw new InputError(`${file} is not a GraphML file (no <graphml><graph>)`);
  const keys = new Map<string, { name: string; type: string; jsonList: boolean }>();
  for (const k of list(root.key)) {
    const desc = k.desc === undefined ? '' : text(k.desc as XmlElement | string);
    keys.set(attr(k, 'id') ?? '', {
      name: attr(k, 'attr.name') ?? attr(k, 'id') ?? '',
      type: attr(k, 'attr.type') ?? 'string',
      jsonList: desc.trim() === JSON_LIST_DESC,
    });
  }
  const values = (element: XmlElement): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const d of list(element.data)) {
      const key = keys.get(attr(d, 'key') ?? '');
      if (!key) continue;
      const raw = text(d);
      if (key.jsonList) {
        try {
          const parsed: unknown = JSON.parse(raw);
          out[key.name] = Array.isArray(parsed) ? parsed : raw;
        } catch {
          out[key.name] = raw;
        }
      } else out[key.name] = typedScalar(key.type, raw);
    }
    return out;
  };
  const nodes = list(graph.node).map((n) => {
    const fileId = attr(n, 'id') ?? '';
    const properties = values(n);
    const labels = typeof properties.labels === 'string' ? properties.labels.split(':').filter(Boolean) : [];
    delete properties.labels;
    return {
      fileId,
      key: nodeKeyFrom(properties, fromGraphmlId(fileId)),
      labels: labels.length > 0 ? labels : ['Node'],
      properties,
    };
  });
  const edges = list(graph.edge).map((e) => {
    const properties = values(e);
    const type = typeof properties.type === 'string' && properties.type !== '' ? properties.type : 'RELATED_TO';
    delete properties.type;
    return fileEdge(e, type, properties);
  });
  return finish(nodes, edges);
}
