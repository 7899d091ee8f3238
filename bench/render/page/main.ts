/*
 * The render bench page: `?renderer=newsgraph|neovis|nvl&graph=<url>` fetches a Subgraph and hands it
 * to one renderer, which reports when it has drawn and when its layout has settled. Marks go to
 * `window.__bench` for the Playwright driver (bench/render/render-driver.ts). Each renderer is its own
 * chunk, so a page loads only the library it draws with.
 */
import type { Subgraph } from '#model/subgraph.ts';
import type { RenderHooks } from './hooks.ts';

interface BenchState {
  dataReady: number | null;
  firstFrame: number | null;
  settled: number | null;
  /** What the renderer says it holds when it first draws. */
  counts: { nodes: number; edges: number } | null;
  error: string | null;
}

const state: BenchState = { dataReady: null, firstFrame: null, settled: null, counts: null, error: null };
(window as unknown as { __bench: BenchState }).__bench = state;

const afterFrame = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));

const hooks: RenderHooks = {
  drawn: (counts) => {
    state.counts ??= counts;
    if (state.firstFrame === null) afterFrame(() => (state.firstFrame ??= performance.now()));
  },
  settled: () => afterFrame(() => (state.settled ??= performance.now())),
  camera: (move) => {
    (window as unknown as { __camera: typeof move }).__camera = move;
  },
};

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const subgraph = (await (await fetch(params.get('graph') ?? '')).json()) as Subgraph;
  const container = document.getElementById('graph')!;
  state.dataReady = performance.now();
  const renderer = params.get('renderer');
  if (renderer === 'newsgraph') (await import('./newsgraph.tsx')).mount(container, subgraph, hooks);
  else if (renderer === 'neovis') (await import('./neovis.ts')).mount(container, subgraph, hooks);
  else if (renderer === 'nvl') (await import('./nvl.ts')).mount(container, subgraph, hooks);
  else throw new Error(`render bench: unknown renderer ${renderer}`);
}

main().catch((error: unknown) => {
  state.error = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
});
