/*
 * `npm start`: starts the embedded Neo4j (unless NEO4J_URI is set), loads the sample corpus
 * (idempotent), prints node counts by label, builds the front end if dist/web is missing or stale
 * (NEWSGRAPH_SKIP_BUILD=1 skips this), and serves the API and the explorer on 127.0.0.1:PORT
 * (default 5173; HOST overrides the address, and one other machines can reach needs NEWSGRAPH_TOKEN).
 */
import { countsLine, graphStats } from '../../graph-store/db/graph-stats.ts';
import { loadArticles, loadSummaryLine } from '../../graph-loader/src/load-articles.ts';
import { dataPath } from '../../graph-store/paths.ts';
import { buildApp } from './app.ts';
import { accessOptionsFromEnv, assertSafeBind } from './access.ts';
import { buildWeb, webBuildStale, webDist } from './build-web.ts';
import { openServerDatabase, out, runServerProcess } from './server-process.ts';

await runServerProcess(async () => {
  const host = process.env.HOST ?? '127.0.0.1';
  assertSafeBind(host, process.env.NEWSGRAPH_TOKEN);
  const access = accessOptionsFromEnv(host);
  const db = await openServerDatabase();
  await db.verify();
  const summary = await loadArticles(db, [dataPath('articles')]);
  out(`Sample corpus: ${loadSummaryLine(summary)}`);
  out(`Graph: ${countsLine(await graphStats(db))}`);
  if (!process.env.NEWSGRAPH_SKIP_BUILD && webBuildStale()) await buildWeb(out);
  const app = await buildApp({ db, staticDir: webDist, logger: process.env.NEWSGRAPH_LOG === '1', access });
  const port = Number(process.env.PORT ?? 5173);
  await app.listen({ host, port });
  out(`newsgraph explorer: http://${host}:${port}/`);
  return [app, db];
});
