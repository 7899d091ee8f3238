/*
 * What a benchmark hands the runner: named metrics, each with the values of several runs, a unit,
 * which way is better and an optional target. The runner takes medians, prints one table and writes
 * bench/results/<name>.json, the figures of record.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A target a metric's median must meet: `<= value` or `>= value`. */
export interface Target {
  op: '<=' | '>=';
  value: number;
}

export interface Metric {
  name: string;
  unit: string;
  values: number[];
  median: number;
  target?: Target;
  /** Whether the median meets the target; null when no run measured it. */
  met?: boolean | null;
  note?: string;
}

export interface BenchReport {
  name: string;
  title: string;
  startedAt: string;
  seconds: number;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string; loadAverage: number[] };
  metrics: Metric[];
  notes: string[];
}

/** The median of some numbers, NaN (a failed run) left out; the mean of the middle two for an even count. */
export function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (nearest rank) of some numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Whether `value` meets `target`. */
export function meets(value: number, target: Target): boolean {
  return target.op === '<=' ? value <= target.value : value >= target.value;
}

/** Collects a benchmark's measurements; one `add` per metric per run. */
export class Recorder {
  private readonly metrics = new Map<string, { unit: string; values: number[]; target?: Target; note?: string }>();
  readonly notes: string[] = [];

  /** Records one run's value of a metric (creating the metric on first use). */
  add(name: string, unit: string, value: number, options: { target?: Target; note?: string } = {}): void {
    const metric = this.metrics.get(name) ?? { unit, values: [] };
    metric.values.push(value);
    if (options.target) metric.target = options.target;
    if (options.note) metric.note = options.note;
    this.metrics.set(name, metric);
  }

  /** A line of context for the report (what was measured, how, what a figure means). */
  note(line: string): void {
    this.notes.push(line);
    process.stdout.write(`  · ${line}\n`);
  }

  /** The metrics so far, with medians and whether each meets its target. */
  toMetrics(): Metric[] {
    return [...this.metrics].map(([name, m]) => {
      const mid = median(m.values);
      return {
        name,
        unit: m.unit,
        values: m.values.map(round),
        median: round(mid),
        ...(m.target && { target: m.target, met: Number.isNaN(mid) ? null : meets(mid, m.target) }),
        ...(m.note && { note: m.note }),
      };
    });
  }
}

function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 1 : abs >= 1 ? 2 : 4;
  return Number(value.toFixed(digits));
}

/** The machine the figures come from. */
export function machine(): BenchReport['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    // The machine is shared: a load far above the core count means every absolute figure is pessimistic.
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
  };
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-GB');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** The report as a text table: metric, median, unit, runs, target and verdict. */
export function formatTable(report: BenchReport): string {
  const rows = report.metrics.map((m) => [
    m.name,
    formatValue(m.median),
    m.unit,
    String(m.values.length),
    m.target ? `${m.target.op} ${formatValue(m.target.value)}` : '',
    m.target ? (Number.isNaN(m.median) ? 'not measured' : m.met ? 'met' : 'MISSED') : '',
  ]);
  const head = ['metric', 'median', 'unit', 'runs', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Writes the report to `<folder>/<name>.json` and returns the path. */
export function writeReport(folder: string, report: BenchReport): string {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${report.name}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
