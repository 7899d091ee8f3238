/*
 * `npm start`: starts the embedded Neo4j (unless NEO4J_URI is set), loads the sample corpus
 * (idempotent), prints node counts by label, and serves the explorer.
 */
import { embeddedInstance, resolveNeo4jTarget } from '../../graph-loader/src/db/neo4j-target.ts';
import { startEmbedded } from '../../graph-loader/src/db/embedded-neo4j.ts';
import { withGraphDatabase } from '../../graph-loader/src/db/graph-database.ts';
import { graphStats } from '../../graph-loader/src/db/graph-stats.ts';
import { loadArticles } from '../../graph-loader/src/load-articles.ts';
import { dataPath } from '../../graph-loader/src/paths.ts';
import { countsLine, summaryLine } from '../../graph-loader/src/cli/commands/load.ts';
import { NewsgraphError } from '../../graph-loader/src/errors.ts';

try {
  if (!resolveNeo4jTarget().embedded) process.stdout.write(`Using Neo4j at ${process.env.NEO4J_URI}\n`);
  else process.stdout.write(`Neo4j running at ${await startEmbedded(embeddedInstance(), { log: (l) => process.stdout.write(`${l}\n`) })}\n`);
  await withGraphDatabase(async (db) => {
    await db.verify();
    const summary = await loadArticles(db, [dataPath('articles')]);
    process.stdout.write(`Sample corpus: ${summaryLine(summary)}\n`);
    process.stdout.write(`Graph: ${countsLine(await graphStats(db))}\n`);
  });
} catch (error) {
  if (error instanceof NewsgraphError) {
    process.stderr.write(`newsgraph: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  throw error;
}
