/*
 * `npm run dev`: the API on 127.0.0.1:API_PORT (default 5174) and the Vite dev server with hot
 * reload on PORT (default 5173), which proxies /api to the API (vite.config.ts). Neo4j as in
 * `npm start` (embedded unless NEO4J_URI is set); the corpus is not reloaded here.
 */
import path from 'node:path';
import { embeddedInstance, resolveNeo4jTarget } from '../../graph-loader/src/db/neo4j-target.ts';
import { startEmbedded } from '../../graph-loader/src/db/embedded-neo4j.ts';
import { GraphDatabase } from '../../graph-loader/src/db/graph-database.ts';
import { projectRoot } from '../../graph-loader/src/paths.ts';
import { NewsgraphError } from '../../graph-loader/src/errors.ts';
import { buildApp } from './app.ts';

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

try {
  if (resolveNeo4jTarget().embedded) out(`Neo4j running at ${await startEmbedded(embeddedInstance(), { log: out })}`);
  const db = GraphDatabase.open();
  const apiPort = Number(process.env.API_PORT ?? 5174);
  const app = await buildApp({ db, logger: process.env.NEWSGRAPH_LOG === '1' });
  await app.listen({ host: '127.0.0.1', port: apiPort });
  out(`API: http://127.0.0.1:${apiPort}/api`);
  const { createServer } = await import('vite');
  const vite = await createServer({ configFile: path.join(projectRoot, 'vite.config.ts') });
  await vite.listen();
  vite.printUrls();
  const shutdown = async (): Promise<void> => {
    await vite.close();
    await app.close();
    await db.close();
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
