/*
 * A Neo4j of the benchmark's own: the embedded launcher on a separate store (.newsgraph/neo4j/<name>)
 * and port (NEWSGRAPH_BENCH_PORT, default 7734), reset before use (unless asked to keep it), stopped
 * and its store deleted after (unless kept).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { embeddedInstance, resolveNeo4jTarget } from '../../graph-store/db/neo4j-target.ts';
import {
  importIntoEmbedded,
  resetEmbedded,
  startEmbedded,
  stopEmbedded,
  type AdminImportFiles,
} from '../../graph-store/db/embedded-neo4j.ts';
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';

export interface BenchNeo4j {
  db: GraphDatabase;
  /** Its Bolt port on 127.0.0.1 (for a CLI run against it, with NEWSGRAPH_INSTANCE set to its name). */
  port: number;
  /** Empties the store (stop, delete, start) and reopens the driver. */
  reset(): Promise<void>;
  /** Replaces the store with CSV files through neo4j-admin (stop, import, start); the driver reconnects. */
  bulkImport(files: AdminImportFiles): Promise<void>;
  /** Stops Neo4j; deletes its store unless `keep`. */
  close(options?: { keep?: boolean }): Promise<void>;
}

/** Starts an empty bench Neo4j named `name` on `port` (with `keepStore`, on the store left by an earlier run). */
export async function openBenchNeo4j(
  name: string,
  port = Number(process.env.NEWSGRAPH_BENCH_PORT ?? 7734),
  options: { keepStore?: boolean } = {},
): Promise<BenchNeo4j> {
  const env = { NEWSGRAPH_INSTANCE: name, NEWSGRAPH_BOLT_PORT: String(port) };
  const instance = embeddedInstance(env);
  if (!options.keepStore) await resetEmbedded(instance);
  await startEmbedded(instance);
  const handle: BenchNeo4j = {
    db: GraphDatabase.open(resolveNeo4jTarget(env)),
    port,
    async reset() {
      await handle.db.close();
      await resetEmbedded(instance);
      await startEmbedded(instance);
      handle.db = GraphDatabase.open(resolveNeo4jTarget(env));
    },
    async bulkImport(files) {
      await stopEmbedded(instance);
      await importIntoEmbedded(instance, files);
      await startEmbedded(instance);
    },
    async close(options = {}) {
      await handle.db.close();
      await stopEmbedded(instance);
      if (!options.keep) rmSync(path.join(instance.home, 'dbms'), { recursive: true, force: true });
    },
  };
  return handle;
}
