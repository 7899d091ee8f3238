/* The graph's constraints and indexes (cypher/schema.cypher), applied before the loader or an import writes. */
import type { GraphDatabase } from './graph-database.ts';
import { cypherQuery, readCypherFile } from './cypher-files.ts';

/** Applies cypher/schema.cypher (every statement is IF NOT EXISTS, so it can run before every write) and waits for its indexes. */
export async function applySchema(db: GraphDatabase): Promise<void> {
  const statements = readCypherFile('schema.cypher')
    .body.split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const statement of statements) await db.write(statement);
  await db.write(cypherQuery('store', 'await-indexes'));
}
