/*
 * newsgraph's view alone on the render bench's graphs (5k nodes / 20k edges and 20k / 100k by default):
 * the page's JS heap after a forced garbage collection once the explorer's layout run has settled, in
 * the render bench's Chromium page (bench/render). The full side-by-side render suite reads the same
 * figure, but its peers' timeouts at these sizes make it a long run; this one answers the heap target
 * (<= 300 MB at 20k / 100k) on its own.
 */
import { runCount, type BenchDefinition } from '../lib/bench.ts';
import { viewGraph } from '../generate/view-graph.ts';
import { RenderBench } from '../render/render-driver.ts';

const SIZES = (process.env.BENCH_HEAP_SIZES ?? '5000x20000,20000x100000').split(',').map((s) => {
  const [nodes, edges] = s.split('x').map(Number);
  return { name: `${nodes! / 1000}k-${edges! / 1000}k`, nodes: nodes!, edges: edges! };
});
const TIMEOUTS = { firstFrameMs: 240_000, settleMs: 90_000 };

export const bench: BenchDefinition = {
  name: 'view-heap',
  title: `newsgraph's view: JS heap once the layout settled (${SIZES.map((s) => s.name).join(', ')})`,
  async run(recorder) {
    const graphs = Object.fromEntries(SIZES.map((s) => [s.name, viewGraph(s.nodes, s.edges)]));
    const rb = await RenderBench.open(graphs);
    try {
      for (const size of SIZES) {
        for (let run = 0; run < runCount(1); run++) {
          const f = await rb.measure('newsgraph', size.name, TIMEOUTS, { camera: false });
          process.stdout.write(
            `  ${size.name} run ${run + 1}: first frame ${f.firstFrameMs.toFixed(0)} ms, heap ${f.heapMB.toFixed(0)} MB${f.timedOut ? ` (${f.timedOut})` : ''}\n`,
          );
          recorder.add(
            `JS heap ${size.name} newsgraph`,
            'MB',
            f.heapMB,
            size.nodes >= 20_000 ? { target: { op: '<=', value: 300 } } : {},
          );
          recorder.add(`first frame ${size.name} newsgraph`, 'ms', f.firstFrameMs);
          if (f.timedOut) recorder.note(`${size.name}: ${f.timedOut}`);
          if (f.counts && (f.counts.nodes !== size.nodes || f.counts.edges !== size.edges))
            recorder.note(
              `${size.name}: drew ${f.counts.nodes} nodes / ${f.counts.edges} edges of ${size.nodes} / ${size.edges}`,
            );
        }
      }
      recorder.note(
        "JS heap: CDP Performance.getMetrics JSHeapUsedSize of the page after HeapProfiler.collectGarbage, once the layout settled (the layout worker's own heap is not included)",
      );
    } finally {
      await rb.close();
    }
  },
};
