/*
 * Rendering side by side in one Chromium: the same graphs (1k nodes / 5k edges, 5k / 20k, 20k / 100k)
 * drawn by newsgraph's view (sigma, its real settings, reducers and ForceAtlas2 worker), Neo4j's NVL
 * and neovis.js (vis-network). Time to first frame and to a settled layout, JS per frame while panning
 * and zooming, JS heap; ratios per run. Chromium draws WebGL in software here, so ratios matter more
 * than absolute times.
 */
import { runCount, type BenchDefinition } from '../lib/bench.ts';
import type { Recorder } from '../lib/report.ts';
import { viewGraph } from '../generate/view-graph.ts';
import { RENDERERS, RenderBench, type RenderFigures, type Renderer } from '../render/render-driver.ts';

const SIZES = (process.env.BENCH_RENDER_SIZES ?? '1000x5000,5000x20000,20000x100000').split(',').map((s) => {
  const [nodes, edges] = s.split('x').map(Number);
  return { name: `${nodes! / 1000}k-${edges! / 1000}k`, nodes: nodes!, edges: edges! };
});
const TIMEOUTS = { firstFrameMs: 180_000, settleMs: 60_000 };

function record(
  recorder: Recorder,
  size: string,
  expected: { nodes: number; edges: number },
  renderer: Renderer,
  f: RenderFigures,
): void {
  const bigHeap = size === '20k-100k' && renderer === 'newsgraph';
  recorder.add(`first frame ${size} ${renderer}`, 'ms', f.firstFrameMs);
  recorder.add(`settled layout ${size} ${renderer}`, 'ms', f.settledMs);
  recorder.add(`JS per frame, pan+zoom ${size} ${renderer}`, 'ms', f.jsPerFrameMs);
  recorder.add(`frame time, pan+zoom ${size} ${renderer}`, 'ms', f.frameMs);
  recorder.add(`JS heap ${size} ${renderer}`, 'MB', f.heapMB, bigHeap ? { target: { op: '<=', value: 300 } } : {});
  if (f.timedOut) recorder.note(`${size} ${renderer}: ${f.timedOut}`);
  if (f.counts && (f.counts.nodes !== expected.nodes || f.counts.edges !== expected.edges))
    recorder.note(
      `${size} ${renderer}: drew ${f.counts.nodes} nodes / ${f.counts.edges} edges of ${expected.nodes} / ${expected.edges}`,
    );
}

export const bench: BenchDefinition = {
  name: 'render',
  title: 'Drawing 1k-20k nodes: newsgraph (sigma) vs NVL vs neovis.js, same Chromium, software WebGL',
  async run(recorder) {
    const graphs = Object.fromEntries(SIZES.map((s) => [s.name, viewGraph(s.nodes, s.edges)]));
    const rb = await RenderBench.open(graphs);
    try {
      for (const size of SIZES) {
        const runs = size.nodes >= 20_000 ? runCount(1) : runCount(2);
        for (let run = 0; run < runs; run++) {
          // Rotate the order, so no renderer always goes first on a warm (or busy) machine.
          const order = RENDERERS.map((_, i) => RENDERERS[(i + run) % RENDERERS.length]!);
          const figures = new Map<Renderer, RenderFigures>();
          for (const renderer of order) {
            const f = await rb.measure(renderer, size.name, TIMEOUTS);
            process.stdout.write(
              `  ${size.name} run ${run + 1} ${renderer}: first frame ${f.firstFrameMs.toFixed(0)} ms, settled ${f.settledMs.toFixed(0)} ms, heap ${f.heapMB.toFixed(0)} MB${f.timedOut ? ` (${f.timedOut})` : ''}\n`,
            );
            figures.set(renderer, f);
            record(recorder, size.name, size, renderer, f);
          }
          const ours = figures.get('newsgraph')!.firstFrameMs;
          recorder.add(`first frame ${size.name} newsgraph ÷ NVL`, 'ratio', ours / figures.get('nvl')!.firstFrameMs, {
            target: { op: '<=', value: 1 },
          });
          recorder.add(
            `first frame ${size.name} newsgraph ÷ neovis`,
            'ratio',
            ours / figures.get('neovis')!.firstFrameMs,
            { target: { op: '<=', value: 0.2 } },
          );
          recorder.add(
            `settled ${size.name} newsgraph ÷ NVL`,
            'ratio',
            figures.get('newsgraph')!.settledMs / figures.get('nvl')!.settledMs,
          );
          recorder.add(
            `settled ${size.name} newsgraph ÷ neovis`,
            'ratio',
            figures.get('newsgraph')!.settledMs / figures.get('neovis')!.settledMs,
          );
        }
      }
      recorder.note(
        'first frame and settled: ms from navigation start; a run that timed out records the timeout (a lower bound for that renderer)',
      );
      recorder.note(
        'settled: newsgraph = the explorer\'s timed ForceAtlas2 run stopped (4 s past 500 nodes); neovis = vis-network "stabilized"; NVL = onLayoutDone',
      );
      recorder.note(
        'NVL uses its default canvas renderer: its WebGL renderer stalls the software GPU here (ReadPixels every frame) and the page stops answering',
      );
    } finally {
      await rb.close();
    }
  },
};
