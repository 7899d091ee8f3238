/*
 * `npm run bench`: runs every benchmark module (graph-loader/bench/*.bench.ts, web/bench/*.bench.ts).
 * Each exports `run()`, which prints its figures and ratios. Benchmarks, not timed tests: the
 * machines are shared and noisy, so each compares within its own run.
 */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../graph-store/paths.ts';

const folders = ['graph-loader/bench', 'web/bench'].map((f) => path.join(projectRoot, f)).filter((f) => existsSync(f));
const only = process.argv.slice(2);
let failed = 0;
for (const folder of folders) {
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.bench.ts')).sort()) {
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
    process.stdout.write(`\n== ${path.relative(projectRoot, path.join(folder, name))}\n`);
    try {
      const module = (await import(pathToFileURL(path.join(folder, name)).href)) as { run: () => Promise<void> };
      await module.run();
    } catch (error) {
      failed++;
      process.stdout.write(`benchmark failed: ${(error as Error).message}\n`);
    }
  }
}
process.exitCode = failed > 0 ? 1 : 0;
