/*
 * A checksum of everything a write could change: every node (labels, properties) and relationship
 * (type, ends, properties), the label, type and property-key tokens, the indexes and constraints,
 * and the users. The read-only tests compare it before and after each refused write.
 * Read through the loader's read path, not the user-query runner, so it checks that runner from outside.
 */
import { createHash } from 'node:crypto';
import type { GraphDatabase } from './graph-database.ts';

export interface ContentChecksum {
  nodes: number;
  relationships: number;
  hash: string;
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Counts and a sha256 over the whole content of the database (sorted, so order does not matter). */
export async function contentChecksum(db: GraphDatabase): Promise<ContentChecksum> {
  const nodes = await db.read<{ e: string; labels: string[]; props: unknown }>(
    'MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await db.read<{ e: string; type: string; s: string; t: string; props: unknown }>(
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS e, type(r) AS type, elementId(a) AS s, elementId(b) AS t, properties(r) AS props',
  );
  const tokens = await db.read('CALL db.labels() YIELD label RETURN collect(label) AS labels');
  const types = await db.read(
    'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types',
  );
  const keys = await db.read('CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys');
  const indexes = await db.read(
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state',
  );
  const constraints = await db.read('SHOW CONSTRAINTS YIELD name, type RETURN name, type');
  const users = await db.read(
    'SHOW USERS YIELD user, passwordChangeRequired, suspended RETURN user, passwordChangeRequired, suspended',
  );
  const lines = [
    ...nodes.map((n) => `N ${n.e} ${stable([...n.labels].sort())} ${stable(n.props)}`),
    ...relationships.map((r) => `R ${r.e} ${r.type} ${r.s} ${r.t} ${stable(r.props)}`),
    ...[tokens, types, keys].map(
      (rows) => `T ${stable(Object.values(rows[0] ?? {}).map((v) => (Array.isArray(v) ? [...v].sort() : v)))}`,
    ),
    ...indexes.map((i) => `I ${stable(i)}`),
    ...constraints.map((c) => `C ${stable(c)}`),
    ...users.map((u) => `U ${stable(u)}`),
  ].sort();
  return {
    nodes: nodes.length,
    relationships: relationships.length,
    hash: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}
