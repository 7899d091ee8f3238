/* The graph's constraints and indexes (cypher/schema.cypher), applied before the loader or an import writes. */
import type { GraphDatabase } from './graph-database.ts';
import { readCypherFile } from './cypher-files.ts';

/** Applies cypher/schema.cypher (every statement is IF NOT EXISTS, so it can run before every write). */
export async function applySchema(db: GraphDatabase): Promise<void> {
  const statements = readCypherFile('schema.cypher')
    .body.split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const statement of statements) await db.write(statement);
}
