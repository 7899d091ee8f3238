/*
 * `npm run bench [-- NAME…]`: runs the benchmarks in bench/suites/ (all, or those whose name contains
 * a NAME; only the one named exactly, when one is), prints one table per benchmark with the median of its runs, the ratios it measured in the
 * same run and its targets, and writes bench/results/<name>.json. Figures of record come from here,
 * never from timed tests: the machine is shared and noisy, so each benchmark compares within its run.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTable, machine, Recorder, writeReport, type BenchReport } from './lib/report.ts';
import type { BenchDefinition } from './lib/bench.ts';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = process.env.BENCH_RESULTS_DIR ?? path.join(benchDir, 'results');

async function loadSuites(): Promise<BenchDefinition[]> {
  const folder = path.join(benchDir, 'suites');
  const files = readdirSync(folder)
    .filter((n) => n.endsWith('.bench.ts'))
    .sort();
  const suites: BenchDefinition[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(folder, file)).href)) as { bench?: BenchDefinition };
    if (!module.bench) throw new Error(`bench/run: ${file} exports no "bench"`);
    suites.push(module.bench);
  }
  return suites;
}

async function runOne(suite: BenchDefinition): Promise<boolean> {
  process.stdout.write(`\n== ${suite.name}: ${suite.title}\n`);
  const recorder = new Recorder();
  const startedAt = new Date();
  try {
    await suite.run(recorder);
  } catch (error) {
    process.stdout.write(`bench ${suite.name} failed: ${(error as Error).stack ?? String(error)}\n`);
    return false;
  }
  const report: BenchReport = {
    name: suite.name,
    title: suite.title,
    startedAt: startedAt.toISOString(),
    seconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine: machine(),
    metrics: recorder.toMetrics(),
    notes: recorder.notes,
  };
  process.stdout.write(`${formatTable(report)}\n`);
  const file = writeReport(resultsDir, report);
  process.stdout.write(
    `(${report.seconds} s, load average ${report.machine.loadAverage.join(' ')}; ${path.relative(process.cwd(), file)})\n`,
  );
  return true;
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const all = await loadSuites();
// A NAME that is a benchmark's exact name runs that one only (`load` is not also `http-load`).
const matches = (name: string, w: string) => (all.some((s) => s.name === w) ? name === w : name.includes(w));
const suites = all.filter((s) => wanted.length === 0 || wanted.some((w) => matches(s.name, w)));
if (suites.length === 0) {
  process.stdout.write(`bench: no benchmark matches ${wanted.join(', ')}\n`);
  process.exitCode = 1;
}
let failed = 0;
for (const suite of suites) if (!(await runOne(suite))) failed++;
if (failed > 0) process.exitCode = 1;
