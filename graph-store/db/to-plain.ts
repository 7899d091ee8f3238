/*
 * Turns neo4j-driver values into plain JSON-friendly values: Integers to numbers (or strings when
 * too large), Nodes to {id, labels, properties}, Relationships to {id, type, start, end, properties},
 * Paths to {nodes, relationships}, temporal values to ISO strings.
 */
import neo4j, {
  isNode,
  isPath,
  isRelationship,
  isDate,
  isDateTime,
  isLocalDateTime,
  isTime,
  isLocalTime,
  isDuration,
  isPoint,
} from 'neo4j-driver';

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) plain[key] = toPlain(properties[key]);
  return plain;
}

/** A list as plain data: one of strings (ids, names, dates: most lists a query returns) as it is. */
function plainList(list: unknown[]): unknown[] {
  return list.every((item) => typeof item === 'string') ? list : list.map(toPlain);
}

/** Converts any value the driver returns into plain data. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value))
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (typeof value === 'bigint') return Number(value);
  // Strings, numbers and booleans, most of what comes back, need none of the tests below.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return plainList(value);
  if (isNode(value))
    return {
      elementId: value.elementId,
      labels: [...value.labels],
      properties: plainProperties(value.properties),
    } satisfies PlainNode;
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: plainProperties(value.properties),
    } satisfies PlainRelationship;
  }
  if (isPath(value)) {
    const nodes = new Map<string, PlainNode>();
    const relationships: PlainRelationship[] = [];
    for (const segment of value.segments) {
      nodes.set(segment.start.elementId, toPlain(segment.start) as PlainNode);
      nodes.set(segment.end.elementId, toPlain(segment.end) as PlainNode);
      relationships.push(toPlain(segment.relationship) as PlainRelationship);
    }
    if (value.segments.length === 0) nodes.set(value.start.elementId, toPlain(value.start) as PlainNode);
    return { nodes: [...nodes.values()], relationships } satisfies PlainPath;
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value) ||
    isPoint(value)
  ) {
    return value.toString();
  }
  return plainProperties(value as Record<string, unknown>);
}
