/* `newsgraph load`, `newsgraph extract` and `newsgraph stats`. */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { withGraphDatabase } from '../../graph-store/db/graph-database.ts';
import { graphStats } from '../../graph-store/db/graph-stats.ts';
import { graphChecksum } from '../../graph-store/db/graph-checksum.ts';
import { UsageError } from '#model/errors.ts';
import { runCommand } from '../run-command.ts';
import type { ReadFailure } from '../../graph-loader/src/read/read-articles.ts';
import type { PipelineWarning } from '../../graph-loader/src/pipeline.ts';
import { printable } from '../printable.ts';

/** One line for a file or record that was skipped, the file name escaped. */
export function failureLine(failure: ReadFailure): string {
  const where = failure.record === undefined ? failure.file : `${failure.file} (record ${failure.record})`;
  return `newsgraph: skipped ${printable(where)}: ${printable(failure.reason)}`;
}

/** One line for a warning, naming the file (escaped) when known. */
export function warningLine(warning: PipelineWarning): string {
  const where =
    warning.file !== undefined ? `${printable(warning.file)}: ` : warning.article ? `article ${warning.article}: ` : '';
  return `newsgraph: warning: ${where}${printable(warning.message)}`;
}

function parseSeconds(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`${option} must be a positive number of seconds, not "${value}"`);
  return seconds * 1000;
}

function parseMaxFileMb(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-mb must be a positive number, not "${value}"`);
  return mb * 1024 * 1024;
}

export function registerLoadCommands(program: Command): void {
  program
    .command('load')
    .description('read articles (text, header text, Markdown, HTML, JSON, JSONL) and write them into Neo4j')
    .argument('<paths...>', 'files and folders of articles')
    .option('--batch-size <n>', 'articles per write transaction', '25')
    .option('--max-file-mb <mb>', 'skip files larger than this', '10')
    .option('--file-time-limit <seconds>', 'skip an article whose reading and extraction take longer', '20')
    .option('--verbose', 'print stack traces for unexpected errors')
    .action(
      runCommand(
        async (paths: string[], options: { batchSize: string; maxFileMb?: string; fileTimeLimit?: string }) => {
          const batchSize = Number(options.batchSize);
          if (!Number.isInteger(batchSize) || batchSize < 1)
            throw new UsageError(`--batch-size must be a whole number above 0, not "${options.batchSize}"`);
          const maxFileBytes = parseMaxFileMb(options.maxFileMb);
          const articleTimeLimitMs = parseSeconds(options.fileTimeLimit, '--file-time-limit');
          // The readers and the extractor take seconds to import: only load and extract import them.
          const { loadArticles, loadSummaryLine } = await import('../../graph-loader/src/load-articles.ts');
          const { countArticleFiles } = await import('../../graph-loader/src/read/read-articles.ts');
          const interactive = process.stderr.isTTY === true;
          const bar = interactive
            ? new cliProgress.SingleBar(
                { format: 'loading {bar} {value}/{total} articles', stream: process.stderr, clearOnComplete: true },
                cliProgress.Presets.shades_classic,
              )
            : undefined;
          let total = interactive ? await countArticleFiles(paths) : 0;
          bar?.start(total, 0);
          const summary = await withGraphDatabase(async (db) => {
            await db.verify();
            return loadArticles(db, paths, {
              batchSize,
              ...(maxFileBytes !== undefined && { maxFileBytes }),
              ...(articleTimeLimitMs !== undefined && { articleTimeLimitMs }),
              onProgress: ({ done, failure }) => {
                if (failure) {
                  bar?.stop();
                  process.stderr.write(`${failureLine(failure)}\n`);
                  if (bar) bar.start(total, done);
                } else if (bar) {
                  if (done > total) bar.setTotal((total = done));
                  bar.update(done);
                } else if (done % 100 === 0) {
                  process.stderr.write(`loaded ${done} articles…\n`);
                }
              },
            });
          });
          bar?.stop();
          for (const warning of summary.warnings) process.stderr.write(`${warningLine(warning)}\n`);
          process.stdout.write(`${loadSummaryLine(summary)}\n`);
          return summary.failed > 0 ? 1 : 0;
        },
      ),
    );

  program
    .command('extract')
    .description('print what the extractor finds in articles, touching no database')
    .argument('<paths...>', 'files and folders of articles')
    .option('--json', 'print the extraction document as JSON (the default and only format)')
    .action(
      runCommand(async (paths: string[]) => {
        const { prepareArticles, extractDocument } = await import('../../graph-loader/src/pipeline.ts');
        const { extractionDocumentSchema } = await import('../../graph-loader/src/contract.ts');
        const articles = [];
        const failures: ReadFailure[] = [];
        const warnings: PipelineWarning[] = [];
        for await (const batch of prepareArticles(paths)) {
          articles.push(...batch.articles);
          failures.push(...batch.failures);
          warnings.push(...batch.warnings);
        }
        for (const failure of failures) process.stderr.write(`${failureLine(failure)}\n`);
        for (const warning of warnings) process.stderr.write(`${warningLine(warning)}\n`);
        const document = extractionDocumentSchema.parse(extractDocument(articles));
        process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
        return failures.length > 0 ? 1 : 0;
      }),
    );

  program
    .command('stats')
    .description('node counts by label and relationship counts by type, and with --checksum the content checksum')
    .option('--json', 'print {"nodes": {...}, "relationships": {...}}')
    .option('--checksum', 'also a checksum of the whole content (same facts, same checksum; load times left out)')
    .action(
      runCommand(async (options: { json?: boolean; checksum?: boolean }) => {
        const { stats, checksum } = await withGraphDatabase(async (db) => {
          await db.verify();
          return { stats: await graphStats(db), checksum: options.checksum ? await graphChecksum(db) : undefined };
        });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(checksum ? { ...stats, checksum } : stats, null, 2)}\n`);
          return;
        }
        const width = Math.max(
          12,
          ...[...Object.keys(stats.nodes), ...Object.keys(stats.relationships)].map((k) => k.length),
        );
        process.stdout.write('Nodes\n');
        for (const [label, count] of Object.entries(stats.nodes))
          process.stdout.write(`  ${label.padEnd(width)} ${count}\n`);
        process.stdout.write('Relationships\n');
        for (const [type, count] of Object.entries(stats.relationships))
          process.stdout.write(`  ${type.padEnd(width)} ${count}\n`);
        if (checksum) {
          process.stdout.write(
            `Checksum ${checksum.hash} (${checksum.nodes} nodes, ${checksum.relationships} relationships)\n`,
          );
        }
      }),
    );
}
