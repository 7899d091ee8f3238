/* `newsgraph db start|stop|status|reset`: the embedded Neo4j. */
import type { Command } from 'commander';
import { resolveNeo4jTarget, embeddedInstance } from '../../graph-store/db/neo4j-target.ts';
import { embeddedStatus, resetEmbedded, startEmbedded, stopEmbedded } from '../../graph-store/db/embedded-neo4j.ts';
import { withGraphDatabase } from '../../graph-store/db/graph-database.ts';
import { UsageError } from '#model/errors.ts';
import { runCommand } from '../run-command.ts';

function refuseExternal(action: string): void {
  if (process.env.NEO4J_URI) {
    throw new UsageError(
      `db ${action} manages the embedded Neo4j only; NEO4J_URI is set (${process.env.NEO4J_URI}), so newsgraph uses that server and leaves it alone.`,
    );
  }
}

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('run the embedded Neo4j 5.26 (or check the server given by NEO4J_URI)');

  db.command('start')
    .description('start the embedded Neo4j in the background and wait until Bolt answers')
    .action(
      runCommand(async () => {
        refuseExternal('start');
        const instance = embeddedInstance();
        const uri = await startEmbedded(instance, { log: (line) => process.stderr.write(`${line}\n`) });
        await withGraphDatabase((graph) => graph.verify());
        process.stdout.write(`Neo4j is running at ${uri} (store: ${instance.home})\n`);
      }),
    );

  db.command('stop')
    .description('stop the embedded Neo4j cleanly')
    .action(
      runCommand(async () => {
        refuseExternal('stop');
        const wasRunning = await stopEmbedded(embeddedInstance());
        process.stdout.write(wasRunning ? 'Neo4j stopped\n' : 'Neo4j was not running\n');
      }),
    );

  db.command('status')
    .description('say whether Neo4j is running and answers (exit 0), or not (exit 2)')
    .action(
      runCommand(async () => {
        const target = resolveNeo4jTarget();
        if (!target.embedded) {
          await withGraphDatabase((graph) => graph.verify(), target);
          process.stdout.write(`running: ${target.uri} (NEO4J_URI)\n`);
          return;
        }
        const status = embeddedStatus(target.embedded);
        if (!status.running) {
          process.stdout.write(`not running (store: ${status.home})\n`);
          return 2;
        }
        const answers = await withGraphDatabase((graph) => graph.verify(), target).then(
          () => true,
          () => false,
        );
        process.stdout.write(
          answers
            ? `running: ${status.uri} (pid ${status.pid}, store: ${status.home})\n`
            : `starting or not answering: ${status.uri} (pid ${status.pid}, store: ${status.home})\n`,
        );
        return answers ? 0 : 2;
      }),
    );

  db.command('reset')
    .description('delete the embedded store (all loaded data); needs --yes')
    .option('--yes', 'really delete it')
    .action(
      runCommand(async (options: { yes?: boolean }) => {
        refuseExternal('reset');
        if (!options.yes)
          throw new UsageError(
            'db reset deletes every article and fact in the embedded store; run it again with --yes to do so.',
          );
        const instance = embeddedInstance();
        const wasRunning = embeddedStatus(instance).running;
        await resetEmbedded(instance);
        if (wasRunning) await startEmbedded(instance);
        process.stdout.write(`Embedded store emptied${wasRunning ? ' and Neo4j restarted' : ''}\n`);
      }),
    );
}
