/*
 * `newsgraph export` (a node's neighbourhood, a saved query's result or the whole graph, in GEXF,
 * GraphML, graphology JSON, CSV zip, Cypher or JSON Lines, to a file or stdout) and
 * `newsgraph import <file>` (any of those exports, merged into the database).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { withGraphDatabase } from '../../graph-store/db/graph-database.ts';
import { UsageError } from '#model/errors.ts';
import { displayPath } from '../../graph-store/paths.ts';
import { EXPORT_FORMATS, formatOfExtension } from '#model/export/formats.ts';
import { parseParamAssignments } from '#model/saved-queries/params.ts';
import { FORMATS, exportFormat, type FormatInfo } from '../../graph-store/export/formats.ts';
import { resolveScope, type ExportScope } from '../../graph-store/export/resolve-scope.ts';
import { exportToFile, exportToStream } from '../../graph-store/export/run-export.ts';
import type { ExportSummary } from '#model/export/types.ts';
import { importFile } from '../../graph-store/import/import-file.ts';
import { collectRepeated, runCommand } from '../run-command.ts';

interface ExportOptions {
  node?: string;
  depth: string;
  query?: string;
  param: string[];
  all?: boolean;
  format?: string;
  withEvidence?: boolean;
  output?: string;
}

function scopeFrom(options: ExportOptions): ExportScope {
  const given = [options.node !== undefined, options.query !== undefined, options.all === true].filter(Boolean).length;
  if (given !== 1)
    throw new UsageError(
      'export needs exactly one scope: --node <id> [--depth N], --query <name> [--param k=v], or --all',
    );
  if (options.node !== undefined) {
    const depth = Number(options.depth);
    if (!Number.isInteger(depth) || depth < 0)
      throw new UsageError(`--depth must be a whole number of hops, not "${options.depth}"`);
    return { kind: 'node', id: options.node, depth };
  }
  if (options.query !== undefined)
    return { kind: 'query', name: options.query, params: parseParamAssignments(options.param) };
  if (options.param.length > 0) throw new UsageError('--param goes with --query');
  return { kind: 'all' };
}

function formatFrom(options: ExportOptions): FormatInfo {
  if (options.format !== undefined) return exportFormat(options.format);
  const byExtension = options.output ? formatOfExtension(path.extname(options.output).slice(1)) : undefined;
  if (byExtension) return FORMATS[byExtension];
  throw new UsageError(`give --format; the formats are: ${EXPORT_FORMATS.join(', ')}`);
}

function summaryLine(summary: ExportSummary, where: string): string {
  return `exported ${summary.nodes} nodes, ${summary.edges} relationships, citing ${summary.articles} article${summary.articles === 1 ? '' : 's'}, to ${where}`;
}

export function registerExportCommands(program: Command): void {
  program
    .command('export')
    .description(`export a subgraph with its sources (formats: ${EXPORT_FORMATS.join(', ')})`)
    .option('--node <id>', "a node's id: export it and its neighbourhood")
    .option('--depth <n>', 'hops from --node', '1')
    .option('--query <name>', 'a saved query: export its result')
    .option('--param <name=value>', 'a saved-query parameter (repeatable)', collectRepeated, [])
    .option('--all', 'export the whole graph (streamed, any size)')
    .option('--format <format>', `${EXPORT_FORMATS.join('|')} (default: from the -o extension)`)
    .option('--with-evidence', 'include the sentences and articles behind every fact, as Sentence and Article nodes')
    .option('-o, --output <file>', 'write to this file (default: stdout, except for the csv zip)')
    .option('--verbose', 'print stack traces for unexpected errors')
    .addHelpText(
      'after',
      `\nFormats:\n${EXPORT_FORMATS.map((f) => `  ${f.padEnd(8)} ${FORMATS[f].description} (.${FORMATS[f].extension})`).join('\n')}\n` +
        'An empty scope writes no file. Exit codes: 0 exported, 1 unknown node or empty scope, 2 usage error.',
    )
    .action(
      runCommand(async (options: ExportOptions) => {
        const format = formatFrom(options);
        const scope = scopeFrom(options);
        if (!options.output && format.binary)
          throw new UsageError(`the ${format.name} export is a zip file; give -o FILE.${format.extension}`);
        await withGraphDatabase(async (db) => {
          await db.verify();
          const source = await resolveScope(db, scope, { withEvidence: options.withEvidence === true });
          if (options.output) {
            const summary = await exportToFile(source, format, options.output);
            process.stderr.write(`${summaryLine(summary, displayPath(options.output))}\n`);
          } else {
            const summary = await exportToStream(source, format, process.stdout);
            process.stderr.write(`${summaryLine(summary, 'stdout')}\n`);
          }
        });
      }),
    );

  program
    .command('import')
    .description(
      'load a newsgraph export (Cypher, CSV zip, GraphML, GEXF, graphology JSON or JSON Lines) into the database, merging by node id',
    )
    .argument('<file>', 'the export file')
    .option('--verbose', 'print stack traces for unexpected errors')
    .action(
      runCommand(async (file: string) => {
        const summary = await withGraphDatabase(async (db) => {
          await db.verify();
          return importFile(db, file);
        });
        process.stdout.write(
          `imported ${summary.nodes} nodes and ${summary.edges} relationships from ${displayPath(file)} (${summary.format})\n`,
        );
      }),
    );
}
