/* The shape of one benchmark in bench/suites/: a name (`npm run bench -- NAME`), a title and a run. */
import type { Recorder } from './report.ts';

export interface BenchDefinition {
  /** Short name: the results file and the `npm run bench -- NAME` filter. */
  name: string;
  title: string;
  /** Measures, recording every run's values into `recorder`. */
  run(recorder: Recorder): Promise<void>;
}

/** How many runs a benchmark makes: BENCH_RUNS, else its own default. */
export function runCount(fallback: number): number {
  const given = Number(process.env.BENCH_RUNS);
  return Number.isInteger(given) && given > 0 ? given : fallback;
}
