/*
 * The newsgraph CLI. Exit codes: 0 success, 1 some input failed, 2 usage or environment error.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { projectRoot } from '../graph-store/paths.ts';
import { registerCommands } from './commands/index.ts';

const HELP_AFTER = `
Neo4j: commands use the embedded Neo4j ("newsgraph db start"), or the server in NEO4J_URI
(with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) when it is set.
Exit codes: 0 success, 1 some input failed, 2 usage or environment error.`;

const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };

const program = new Command('newsgraph')
  .description(
    'news articles into a Neo4j knowledge graph of actors, events and allegations, each traced to its sentence',
  )
  .version(version)
  .addHelpText('after', HELP_AFTER)
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

registerCommands(program);
for (const command of program.commands) command.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    throw error;
  }
}
