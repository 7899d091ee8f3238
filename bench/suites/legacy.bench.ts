/*
 * The benchmarks written before bench/ existed (graph-loader/bench, web/bench): each prints its own
 * figures. Run here so `npm run bench` still covers them until they move under bench/suites/.
 */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchDefinition } from '../lib/bench.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const FOLDERS = ['graph-loader/bench', 'web/bench'];

export const bench: BenchDefinition = {
  name: 'legacy',
  title: 'Earlier benchmarks (extraction on the sample corpus, load, export, neighbourhood API, explorer view)',
  async run(recorder) {
    for (const folder of FOLDERS.map((f) => path.join(projectRoot, f)).filter((f) => existsSync(f))) {
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.bench.ts')).sort()) {
        process.stdout.write(`-- ${path.relative(projectRoot, path.join(folder, name))}\n`);
        const module = (await import(pathToFileURL(path.join(folder, name)).href)) as { run: () => Promise<void> };
        await module.run();
        recorder.note(`ran ${name} (figures printed above)`);
      }
    }
  },
};
