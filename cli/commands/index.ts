/* Every CLI command group, registered on the program. Add a command: one module, one line here. */
import type { Command } from 'commander';
import { registerDbCommands } from './db.ts';
import { registerLoadCommands } from './load.ts';
import { registerExportCommands } from './export.ts';
import { registerQueryCommands } from './query.ts';
import { registerAnalyseCommands } from './analyse.ts';

export function registerCommands(program: Command): void {
  registerDbCommands(program);
  registerLoadCommands(program);
  registerExportCommands(program);
  registerQueryCommands(program);
  registerAnalyseCommands(program);
}
