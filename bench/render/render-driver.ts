/*
 * Drives the render bench page in one Chromium (Debian's, software WebGL): builds the page with Vite,
 * serves it and the graphs from 127.0.0.1, and for each renderer opens a fresh page and measures
 *  - time to first frame: navigation start to the first frame after the renderer drew the graph;
 *  - time to a settled layout: navigation start to the renderer's own "layout done" (newsgraph: the
 *    explorer's timed ForceAtlas2 run stopped; neovis: vis-network's `stabilized`; NVL: `onLayoutDone`);
 *  - JS time per frame while panning and zooming (the camera moved through each library's API, one step
 *    per frame; CDP ScriptDuration over the frames drawn);
 *  - JS heap used after a forced garbage collection once the layout settled (the page's main thread).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { build } from 'vite';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/chromium.ts';
import type { Subgraph } from '#model/subgraph.ts';

export const RENDERERS = ['newsgraph', 'nvl', 'neovis'] as const;
export type Renderer = (typeof RENDERERS)[number];

export interface RenderFigures {
  firstFrameMs: number;
  settledMs: number;
  /** Main-thread JS per frame while panning and zooming. */
  jsPerFrameMs: number;
  /** Median time between frames while panning and zooming. */
  frameMs: number;
  heapMB: number;
  /** Nodes and edges the renderer held when it first drew (checked against the graph by the caller). */
  counts: { nodes: number; edges: number } | null;
  /** Set when a wait ran out (the figure is then a lower bound) or a step failed (its figures are NaN). */
  timedOut: string | null;
}

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** A built page, a server for it and one browser; `close()` ends all three. */
export class RenderBench {
  private constructor(
    private readonly server: FastifyInstance,
    private browser: Browser,
    private readonly base: string,
    private readonly outDir: string,
    private readonly graphs: Map<string, string>,
  ) {}

  /** Builds the page, serves it (and `graphs`, by name) and starts Chromium. */
  static async open(graphs: Record<string, Subgraph>): Promise<RenderBench> {
    const outDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-render-bench-'));
    await build({
      configFile: path.join(projectRoot, 'bench/render/vite.config.ts'),
      root: path.join(projectRoot, 'bench/render/page'),
      build: { outDir },
    });
    const bodies = new Map(Object.entries(graphs).map(([name, g]) => [name, JSON.stringify(g)]));
    const server = Fastify();
    await server.register(fastifyStatic, { root: outDir });
    server.get<{ Params: { name: string } }>('/graphs/:name', (request, reply) => {
      const body = bodies.get(request.params.name);
      if (body === undefined) return reply.code(404).send({ error: 'no such graph' });
      return reply.type('application/json').send(body);
    });
    await server.listen({ host: '127.0.0.1', port: 0 });
    const address = server.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return new RenderBench(server, await launchBrowser(), base, outDir, bodies);
  }

  /** Draws graph `name` with `renderer` in a fresh page and measures it; a step that fails leaves its figure NaN. */
  async measure(
    renderer: Renderer,
    name: string,
    timeouts: { firstFrameMs: number; settleMs: number },
    options: { camera?: boolean } = {},
  ): Promise<RenderFigures> {
    if (!this.graphs.has(name)) throw new Error(`RenderBench.measure: no graph ${name}`);
    if (!this.browser.isConnected()) this.browser = await launchBrowser();
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const problems: string[] = [];
    page.on('crash', () => problems.push('page crashed'));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const figures: RenderFigures = {
      firstFrameMs: NaN,
      settledMs: NaN,
      jsPerFrameMs: NaN,
      frameMs: NaN,
      heapMB: NaN,
      counts: null,
      timedOut: null,
    };
    try {
      await page.goto(`${this.base}/index.html?renderer=${renderer}&graph=/graphs/${encodeURIComponent(name)}`);
      const first = await waitFor(page, 'firstFrame', timeouts.firstFrameMs);
      if (first === null) {
        figures.timedOut = `no first frame within ${timeouts.firstFrameMs / 1000} s`;
        figures.firstFrameMs = timeouts.firstFrameMs;
        return figures;
      }
      figures.firstFrameMs = first;
      figures.counts = (await page.evaluate('window.__bench.counts')) as RenderFigures['counts'];
      const settled = await waitFor(page, 'settled', first + timeouts.settleMs);
      if (settled === null) figures.timedOut = `layout not settled ${timeouts.settleMs / 1000} s after the first frame`;
      figures.settledMs = Math.max(first, settled ?? first + timeouts.settleMs);
      // The heap once the layout settled, before the camera moves (which may run out of time on a big graph).
      figures.heapMB = await withTimeout(heapUsedMB(cdp), 30_000, 'heap');
      if (options.camera !== false)
        Object.assign(figures, await withTimeout(panAndZoom(page, cdp), 120_000, 'pan and zoom'));
      return figures;
    } catch (error) {
      const reason = `${(error as Error).message.split('\n')[0]}${problems.length > 0 ? ` [${problems.join('; ')}]` : ''}${this.browser.isConnected() ? '' : ' [the browser exited]'}`;
      figures.timedOut = figures.timedOut ? `${figures.timedOut}; ${reason}` : reason;
      return figures;
    } finally {
      await withTimeout(context.close(), 30_000, 'close').catch(() => {});
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
    rmSync(this.outDir, { recursive: true, force: true });
  }
}

/** Chromium as the e2e tests launch it, with precise heap figures. */
function launchBrowser(): Promise<Browser> {
  const options = chromiumLaunchOptions();
  return chromium.launch({ ...options, args: [...(options.args ?? []), '--enable-precise-memory-info'] });
}

/**
 * Waits until `__bench[mark]` is set (page time, ms since navigation) or the page clock passes `untilMs`.
 * A page too busy to answer counts against the same deadline on the wall clock.
 */
async function waitFor(page: Page, mark: 'firstFrame' | 'settled', untilMs: number): Promise<number | null> {
  const deadline = Date.now() + untilMs - (await pageNow(page, 10_000)) + 1000;
  while (Date.now() < deadline) {
    const left = deadline - Date.now();
    const probe = page.evaluate(
      `({ value: window.__bench?.${mark} ?? null, now: performance.now(), error: window.__bench?.error ?? null })`,
    ) as Promise<{ value: number | null; now: number; error: string | null }>;
    const answer = await Promise.race([probe, sleep(Math.max(1, left)).then(() => null)]);
    if (answer === null) return null;
    if (answer.error) throw new Error(`render page: ${answer.error}`);
    if (answer.value !== null) return answer.value;
    if (answer.now > untilMs) return null;
    await sleep(100);
  }
  return null;
}

/** `promise`, or an error naming `what` after `ms` (a page too busy to answer never settles Playwright's calls). */
async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  promise.catch(() => {});
  const timeout = sleep(ms).then(() => {
    throw new Error(`${what}: no answer within ${ms / 1000} s`);
  });
  return Promise.race([promise, timeout]);
}

async function pageNow(page: Page, timeoutMs: number): Promise<number> {
  const now = (await Promise.race([page.evaluate('performance.now()'), sleep(timeoutMs).then(() => 0)])) as number;
  return now;
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN;
}

/**
 * The camera moves for 30 frames through each renderer's own API (zoom in, pan, zoom out), one step
 * per frame, as a wheel or a drag would move it; JS per frame (CDP ScriptDuration) and frame times.
 */
const CAMERA_MOVES = `new Promise((resolve) => {
  const stamps = [];
  let i = 0;
  const step = (t) => {
    stamps.push(t);
    if (i < 10) window.__camera(1.1, 0, 0);
    else if (i < 20) window.__camera(1, 0.02, 0.012);
    else if (i < 30) window.__camera(1 / 1.1, 0, 0);
    i++;
    if (i <= 30) requestAnimationFrame(step);
    else resolve(stamps);
  };
  requestAnimationFrame(step);
})`;

async function panAndZoom(page: Page, cdp: CDPSession): Promise<{ jsPerFrameMs: number; frameMs: number }> {
  const scriptBefore = await scriptSeconds(cdp);
  const frames = (await page.evaluate(CAMERA_MOVES)) as number[];
  const scriptAfter = await scriptSeconds(cdp);
  const gaps = frames
    .slice(1)
    .map((t, i) => t - frames[i]!)
    .sort((a, b) => a - b);
  return {
    jsPerFrameMs: ((scriptAfter - scriptBefore) * 1000) / Math.max(1, frames.length),
    frameMs: gaps[Math.floor(gaps.length / 2)] ?? NaN,
  };
}

async function heapUsedMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}
