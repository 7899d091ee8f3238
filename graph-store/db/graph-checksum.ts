/*
 * The checksum of a graph's content (`newsgraph stats --checksum`), to tell whether two graphs hold
 * the same facts: a load that was killed and rerun against a clean load, a store before and after
 * an import. Every node but the (:Load) records of when loads ran counts by its labels and properties, every relationship by its type, its
 * properties and its ends' ids. What Neo4j assigns (element ids) and what records the moment of a
 * load (VOLATILE_PROPERTIES) are left out. The hash is a sum of one SHA-256 per element, so order
 * does not matter, and the rows stream through, so memory stays flat at any size.
 */
import { createHash } from 'node:crypto';
import type { GraphDatabase } from './graph-database.ts';
import { cypherQuery } from './cypher-files.ts';
import { toPlain } from './to-plain.ts';

/** Properties that say when or by which load something was written, not what the graph holds. */
export const VOLATILE_PROPERTIES = new Set(['loadedAt', 'firstLoad', 'loads', 'lastLoad']);

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  /** 64 hex digits. */
  hash: string;
}

const MODULUS = 1n << 256n;

/** JSON with object keys sorted and the keys in `omit` left out, so equal content gives equal text. */
export function canonical(value: unknown, omit: ReadonlySet<string> = VOLATILE_PROPERTIES): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, omit)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !omit.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v, omit)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function digest(line: string): bigint {
  return BigInt(`0x${createHash('sha256').update(line).digest('hex')}`);
}

/** Streams a query's rows into a sum of hashes of their canonical lines. */
async function sumOf(db: GraphDatabase, cypher: string, line: (row: Record<string, unknown>) => string) {
  return db.executeRead(async (tx) => {
    // Fresh totals per attempt: a retried transaction starts over.
    const total = { count: 0, sum: 0n };
    for await (const record of tx.run(cypher)) {
      total.count++;
      total.sum = (total.sum + digest(line(toPlain(record.toObject()) as Record<string, unknown>))) % MODULUS;
    }
    return total;
  });
}

/** The graph's counts and content checksum. */
export async function graphChecksum(db: GraphDatabase): Promise<GraphChecksum> {
  const nodes = await sumOf(db, cypherQuery('store', 'graph-checksum-nodes'), (row) => {
    const labels = [...(row.labels as string[])].sort();
    return `N ${canonical(labels)} ${canonical(row.props)}`;
  });
  const relationships = await sumOf(
    db,
    cypherQuery('store', 'graph-checksum-relationships'),
    (row) => `R ${String(row.type)} ${canonical(row.source)} ${canonical(row.target)} ${canonical(row.props)}`,
  );
  const hash = (nodes.sum + relationships.sum) % MODULUS;
  return { nodes: nodes.count, relationships: relationships.count, hash: hash.toString(16).padStart(64, '0') };
}
