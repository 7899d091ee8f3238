/*
 * `npm run dev`: the API on 127.0.0.1:API_PORT (default 5174) and the Vite dev server with hot
 * reload on PORT (default 5173), which proxies /api to the API (vite.config.ts). Neo4j as in
 * `npm start` (embedded unless NEO4J_URI is set); the corpus is not reloaded here.
 */
import path from 'node:path';
import { projectRoot } from '../../graph-store/paths.ts';
import { buildApp } from './app.ts';
import { openServerDatabase, out, runServerProcess } from './server-process.ts';

await runServerProcess(async () => {
  const db = await openServerDatabase();
  const apiPort = Number(process.env.API_PORT ?? 5174);
  const app = await buildApp({ db, logger: process.env.NEWSGRAPH_LOG === '1' });
  await app.listen({ host: '127.0.0.1', port: apiPort });
  out(`API: http://127.0.0.1:${apiPort}/api`);
  const { createServer } = await import('vite');
  const vite = await createServer({ configFile: path.join(projectRoot, 'vite.config.ts') });
  await vite.listen();
  vite.printUrls();
  return [vite, app, db];
});
