/*
 * graphology JSON and JSON Lines readers. graphology JSON from newsgraph has node attributes
 * {labels, properties}; any other graphology JSON is read with its flat attributes as properties
 * (less the drawing ones: x, y, size, color, label).
 */
import { InputError } from '#model/errors.ts';
import type { ImportedGraph, ImportEdge, ImportNode } from './types.ts';

const DRAWING = new Set([
  'x',
  'y',
  'z',
  'size',
  'color',
  'label',
  'kind',
  'hidden',
  'pinned',
  'type',
  'labels',
  'properties',
]);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function propertiesOf(attributes: Record<string, unknown>): Record<string, unknown> {
  if ('properties' in attributes) return { ...record(attributes.properties) };
  return Object.fromEntries(Object.entries(attributes).filter(([k]) => !DRAWING.has(k)));
}

function labelsOf(value: unknown): string[] {
  const labels = Array.isArray(value) ? value.map(String).filter(Boolean) : [];
  return labels.length > 0 ? labels : ['Node'];
}

/** Reads graphology's serialised JSON. */
export function readGraphologyJson(content: string, file: string): ImportedGraph {
  let data: Record<string, unknown>;
  try {
    data = record(JSON.parse(content));
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data.nodes)) throw new InputError(`${file} is not a graphology JSON export (no "nodes" list)`);
  const nodes: ImportNode[] = data.nodes.map((raw) => {
    const n = record(raw);
    const attributes = record(n.attributes);
    const properties = propertiesOf(attributes);
    const key = String(n.key);
    return {
      key: typeof properties.id === 'string' ? properties.id : key,
      labels: labelsOf(attributes.labels),
      properties,
    };
  });
  const edges: ImportEdge[] = (Array.isArray(data.edges) ? data.edges : []).map((raw) => {
    const e = record(raw);
    const attributes = record(e.attributes);
    const type =
      typeof attributes.type === 'string'
        ? attributes.type
        : typeof attributes.label === 'string'
          ? attributes.label
          : 'RELATED_TO';
    return { type, source: String(e.source), target: String(e.target), properties: propertiesOf(attributes) };
  });
  return { nodes, edges };
}

/** Reads newsgraph JSON Lines (node, relationship and source lines; source lines are skipped). */
export function readJsonl(content: string, file: string): ImportedGraph {
  const graph: ImportedGraph = { nodes: [], edges: [] };
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let row: Record<string, unknown>;
    try {
      row = record(JSON.parse(line));
    } catch (error) {
      throw new InputError(`${file} line ${index + 1} is not JSON: ${(error as Error).message}`);
    }
    if (row.type === 'node')
      graph.nodes.push({
        key: String(row.key),
        labels: labelsOf(row.labels),
        properties: { ...record(row.properties) },
      });
    else if (row.type === 'relationship') {
      graph.edges.push({
        type: String(row.relType),
        source: String(row.source),
        target: String(row.target),
        properties: { ...record(row.properties) },
      });
    }
  });
  return graph;
}
