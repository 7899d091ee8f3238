/* `newsgraph analyse`: metrics of the whole graph (PageRank, betweenness, degree, Louvain community), stored on its nodes. */
import type { Command } from 'commander';
import { withGraphDatabase } from '../../graph-store/db/graph-database.ts';
import { analyseGraph } from '../../graph-store/analyse/analyse-graph.ts';
import { runCommand } from '../run-command.ts';

export function registerAnalyseCommands(program: Command): void {
  program
    .command('analyse')
    .alias('analyze')
    .description(
      'compute PageRank, betweenness, degree and Louvain communities over the whole graph and store them on its nodes (pagerank, betweenness, degree, community), for the explorer to size, colour and start from',
    )
    .option('--no-betweenness', 'skip betweenness (it costs nodes × links; for very large graphs)')
    .option('--json', 'print the summary as JSON')
    .action(
      runCommand(async (options: { betweenness: boolean; json?: boolean }) => {
        const summary = await withGraphDatabase(async (db) => {
          await db.verify();
          return analyseGraph(db, { betweenness: options.betweenness });
        });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `analysed ${summary.nodes} nodes and ${summary.links} links: ${summary.communities} communities; stored pagerank, betweenness, degree, community on each node\n`,
        );
        if (summary.top.length > 0)
          process.stdout.write(
            `most central (PageRank): ${summary.top
              .slice(0, 5)
              .map((t) => `${t.id} ${t.pagerank.toFixed(3)}`)
              .join(', ')}\n`,
          );
      }),
    );
}
