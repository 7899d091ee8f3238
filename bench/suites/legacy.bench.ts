/*
 * The benchmarks written before bench/ existed (moved from graph-loader/bench and web/bench to
 * bench/legacy/): each prints its own figures rather than recording them (the old load benchmark gave way to bench/suites/load.bench.ts).
 */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchDefinition } from '../lib/bench.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const FOLDER = 'bench/legacy';

export const bench: BenchDefinition = {
  name: 'legacy',
  title: 'Earlier benchmarks (extraction on the sample corpus, load, export, neighbourhood API, explorer view)',
  async run(recorder) {
    const folder = path.join(projectRoot, FOLDER);
    if (existsSync(folder)) {
      for (const name of readdirSync(folder)
        .filter((n) => n.endsWith('.bench.ts'))
        .sort()) {
        process.stdout.write(`-- ${path.relative(projectRoot, path.join(folder, name))}\n`);
        const module = (await import(pathToFileURL(path.join(folder, name)).href)) as { run: () => Promise<void> };
        await module.run();
        recorder.note(`ran ${name} (figures printed above)`);
      }
    }
  },
};
