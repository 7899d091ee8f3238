/*
 * The graph's constraints and indexes (cypher/schema.cypher), applied before the loader or an import
 * writes. Safe when two loaders apply it at once: the one that loses the race is told so, and ignores it.
 * A store made before the `lastLoad` indexes gets its nodes' `lastLoad` first, and the indexes after: a
 * backfill cut short is taken up again by the next loader, since the indexes are still missing.
 */
import type { GraphDatabase } from './graph-database.ts';
import { cypherQuery, readCypherFile } from './cypher-files.ts';

/** What Neo4j says when two transactions create the same index or constraint at once. */
const SCHEMA_RACE_CODES = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

/** Applies cypher/schema.cypher (every statement is IF NOT EXISTS, so it can run before every write) and waits for its indexes. */
export async function applySchema(db: GraphDatabase): Promise<void> {
  const indexed = await db.read(cypherQuery('store', 'index-exists'), { name: 'entity_last_load' });
  if (indexed.length === 0) await backfillLastLoad(db);
  const statements = readCypherFile('schema.cypher')
    .body.split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const statement of statements) {
    try {
      await db.write(statement);
    } catch (error) {
      // Another loader created the same index or constraint between our IF NOT EXISTS check and ours.
      if (!SCHEMA_RACE_CODES.has((error as { code?: string }).code ?? '')) throw error;
    }
  }
  await db.write(cypherQuery('store', 'await-indexes'));
}

/** Sets `lastLoad` on the nodes loaded before it existed, in batches (the store may hold millions). */
async function backfillLastLoad(db: GraphDatabase): Promise<void> {
  const backfillBatch = cypherQuery('store', 'backfill-last-load');
  let set: number;
  do {
    const [row] = await db.write<{ set: number }>(backfillBatch, { batch: 20_000 });
    set = Number(row?.set ?? 0);
  } while (set > 0);
}
