/*
 * `newsgraph query --list`, `newsgraph query <name> --param k=v ...` and `newsgraph cypher "<query>"`:
 * the saved-query library and ad-hoc Cypher from the command line, always read-only.
 */
import type { Command } from 'commander';
import { withGraphDatabase } from '../../graph-store/db/graph-database.ts';
import { UsageError } from '#model/errors.ts';
import { OUTPUT_FORMATS, formatQueryList, formatResult, truncationNotes, type OutputFormat } from '../format-result.ts';
import { inferParamValue, parseParamAssignments } from '#model/saved-queries/params.ts';
import { findQuery, listQueries } from '../../graph-store/saved-queries/query-library.ts';
import { runCypher, runQuery, type RunLimits } from '../../graph-store/saved-queries/run-query.ts';
import type { QueryRunResult } from '#model/saved-queries/types.ts';
import { collectRepeated, runCommand } from '../run-command.ts';

interface RunFlags {
  param: string[];
  format: string;
  timeout?: string;
  maxRows?: string;
  maxNodes?: string;
}

function positive(text: string | undefined, flag: string, scale = 1): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} must be a number above 0, not "${text}"`);
  return Math.round(value * scale);
}

function runFlags(flags: RunFlags): { format: OutputFormat; limits: Partial<RunLimits> } {
  if (!(OUTPUT_FORMATS as readonly string[]).includes(flags.format))
    throw new UsageError(`--format must be ${OUTPUT_FORMATS.join(', ')}, not "${flags.format}"`);
  const limits: Partial<RunLimits> = {};
  const timeoutMs = positive(flags.timeout, '--timeout', 1000);
  const maxRows = positive(flags.maxRows, '--max-rows');
  const maxNodes = positive(flags.maxNodes, '--max-nodes');
  if (timeoutMs !== undefined) limits.timeoutMs = timeoutMs;
  if (maxRows !== undefined) limits.maxRows = maxRows;
  if (maxNodes !== undefined) limits.maxNodes = maxNodes;
  return { format: flags.format as OutputFormat, limits };
}

function print(result: QueryRunResult, format: OutputFormat): void {
  process.stdout.write(formatResult(result, format));
  for (const note of truncationNotes(result)) process.stderr.write(`newsgraph: note: ${note}\n`);
}

function addRunOptions(command: Command): Command {
  return command
    .option('-p, --param <key=value>', 'a parameter value (repeat for more; a list is key=a,b)', collectRepeated, [])
    .option('-f, --format <format>', `output format: ${OUTPUT_FORMATS.join(', ')}`, 'table')
    .option('--timeout <seconds>', 'stop the query after this many seconds (default 10, or NEWSGRAPH_QUERY_TIMEOUT_MS)')
    .option('--max-rows <n>', 'keep at most this many rows (default 1000)')
    .option('--max-nodes <n>', 'keep at most this many nodes of a graph result (default 500)')
    .option('--verbose', 'print stack traces for unexpected errors');
}

export function registerQueryCommands(program: Command): void {
  addRunOptions(
    program
      .command('query')
      .description('run a saved query from cypher/queries (or saved in the explorer), read-only')
      .argument('[name]', 'the query to run (see --list)')
      .option('-l, --list', 'list the queries and their parameters'),
  ).action(
    runCommand(async (name: string | undefined, flags: RunFlags & { list?: boolean }) => {
      const queries = listQueries();
      if (flags.list) {
        if (flags.format === 'json') process.stdout.write(`${JSON.stringify(queries, null, 2)}\n`);
        else process.stdout.write(formatQueryList(queries));
        return;
      }
      if (!name) throw new UsageError('name a query to run, or list them with "newsgraph query --list"');
      const query = findQuery(name, queries);
      const { format, limits } = runFlags(flags);
      const given = parseParamAssignments(flags.param);
      const result = await withGraphDatabase((db) => runQuery(db, query, given, { limits }));
      print(result, format);
    }),
  );

  addRunOptions(
    program
      .command('cypher')
      .description('run ad-hoc Cypher, read-only (a write is refused and changes nothing)')
      .argument('<query>', 'the Cypher text; pass values as $parameters with --param'),
  ).action(
    runCommand(async (cypher: string, flags: RunFlags) => {
      const { format, limits } = runFlags(flags);
      const params = Object.fromEntries(
        Object.entries(parseParamAssignments(flags.param)).map(([k, v]) => [k, inferParamValue(v)]),
      );
      const result = await withGraphDatabase((db) => runCypher(db, cypher, params, { limits }));
      print(result, format);
    }),
  );
}
