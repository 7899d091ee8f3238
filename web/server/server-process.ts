/*
 * What `npm start` and `npm run dev` share: opening Neo4j (the embedded one unless NEO4J_URI is
 * set), closing everything on SIGINT/SIGTERM, and one line instead of a stack trace for known errors.
 */
import { embeddedInstance, resolveNeo4jTarget } from '../../graph-store/db/neo4j-target.ts';
import { startEmbedded } from '../../graph-store/db/embedded-neo4j.ts';
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { NewsgraphError } from '#model/errors.ts';

/** Prints one line to stdout. */
export function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Starts the embedded Neo4j if it is the target, and opens the process's one GraphDatabase. */
export async function openServerDatabase(): Promise<GraphDatabase> {
  if (!resolveNeo4jTarget().embedded) out(`Using Neo4j at ${process.env.NEO4J_URI}`);
  else out(`Neo4j running at ${await startEmbedded(embeddedInstance(), { log: out })}`);
  return GraphDatabase.open();
}

/** Runs a server's main; what it returns is closed, in order, on SIGINT or SIGTERM. */
export async function runServerProcess(main: () => Promise<{ close(): Promise<unknown> }[]>): Promise<void> {
  try {
    const closables = await main();
    const shutdown = async (): Promise<void> => {
      for (const closable of closables) await closable.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
  } catch (error) {
    if (error instanceof NewsgraphError) {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      process.exit(error.exitCode);
    }
    throw error;
  }
}
