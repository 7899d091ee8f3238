/*
 * A checksum of everything a write could change: every node (labels, properties) and relationship
 * (type, ends, properties), the label, type and property-key tokens, the indexes and constraints,
 * and the users. The read-only tests compare it before and after each refused write.
 * Read through the loader's read path, not the user-query runner, so it checks that runner from outside.
 */
import { createHash } from 'node:crypto';
import { cypherQuery } from './cypher-files.ts';
import type { GraphDatabase } from './graph-database.ts';
import { canonical } from './graph-checksum.ts';

export interface ContentChecksum {
  nodes: number;
  relationships: number;
  hash: string;
}

/** Canonical JSON of everything, keeping even the properties the graph checksum leaves out. */
const stable = (value: unknown): string => canonical(value, new Set());

/** Counts and a sha256 over the whole content of the database (sorted, so order does not matter). */
export async function contentChecksum(db: GraphDatabase): Promise<ContentChecksum> {
  const read = <T = Record<string, unknown>>(name: string) => db.read<T>(cypherQuery('store', `checksum-${name}`));
  const nodes = await read<{ e: string; labels: string[]; props: unknown }>('nodes');
  const relationships = await read<{ e: string; type: string; s: string; t: string; props: unknown }>('relationships');
  const tokens = await read('labels');
  const types = await read('relationship-types');
  const keys = await read('property-keys');
  const indexes = await read('indexes');
  const constraints = await read('constraints');
  const users = await read('users');
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
