/*
 * What the explorer's browser tests share: the "N nodes · M edges" status line, a download from the
 * Export menu, the nodes and edges (and on-screen positions) an export holds read back from the file,
 * a link once the view has settled, and a page's console errors. Not a spec.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { readExport } from '../graph-store/import/import-file.ts';
import type { ImportFormat } from '../graph-store/import/types.ts';
import { keyEdges } from '#model/subgraph.ts';

/** Sigma's container: the element the graph is drawn in, which carries the drawn labels as `data-labels`. */
export function graphCanvas(page: Page) {
  return page.locator('[data-labels]');
}

/** The "12 nodes · 20 edges" status line as numbers. */
export async function summary(page: Page): Promise<{ nodes: number; edges: number; text: string }> {
  const text = (await page.getByRole('status', { name: 'Graph summary' }).textContent()) ?? '';
  const match = /(\d+) nodes? · (\d+) edges?/.exec(text);
  expect(match, `summary "${text}"`).not.toBeNull();
  return { nodes: Number(match![1]), edges: Number(match![2]), text };
}

/** Types `name` in the search box and picks the entity whose name starts with it. */
export async function pickEntity(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search', exact: true }).fill(name);
  await page
    .getByRole('group', { name: /^Entities/ })
    .getByRole('option', { name: new RegExp(`^${name}\\b`) })
    .click();
}

/** Waits until the view shows at least one node and nothing is busy. */
export async function viewReady(page: Page): Promise<void> {
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(/[1-9]\d* nodes? · \d+ edges?/);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

/** Chooses format, scope and options in the Export menu, downloads, and returns the file's name and bytes. */
export async function exportFile(
  page: Page,
  format: string,
  options: { scope?: string; evidence?: boolean; coMentions?: boolean } = {},
): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByLabel('Format').selectOption(format);
  if (options.scope) await dialog.getByRole('radio', { name: new RegExp(`^${options.scope}`) }).check();
  const evidence = dialog.getByRole('checkbox', { name: /Include evidence/ });
  if (await evidence.isEnabled()) await evidence.setChecked(options.evidence === true);
  if (options.coMentions !== undefined)
    await dialog.getByRole('checkbox', { name: /Include co-mentions/ }).setChecked(options.coMentions);
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: /^Download/ }).click();
  // A failed export shows its message instead of downloading: fail with it at once.
  const failed = dialog
    .getByRole('status')
    .filter({ hasText: /^Export failed/ })
    .waitFor({ timeout: 60_000 })
    .then(
      async () => {
        throw new Error((await dialog.getByRole('status').textContent()) ?? 'Export failed');
      },
      () => new Promise<never>(() => {}),
    );
  const download = await Promise.race([downloaded, failed]);
  const file = await download.path();
  expect(file).not.toBeNull();
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

/** The node keys and edge keys (the model's convention) a data export holds, sorted. */
export function exportedKeys(bytes: Buffer, format: string, name: string): { nodes: string[]; edges: string[] } {
  const graph = readExport(bytes, format as ImportFormat, name);
  return {
    nodes: graph.nodes.map((n) => n.key).sort(),
    edges: keyEdges(graph.edges)
      .map((e) => e.key)
      .sort(),
  };
}

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The nodes (with their position on screen) and edges an SVG of the view draws. */
export function svgContents(svg: string): { positions: Map<string, { x: number; y: number }>; edges: string[] } {
  const positions = new Map(
    [...svg.matchAll(/<circle data-key="([^"]+)" cx="([\d.-]+)" cy="([\d.-]+)"/g)].map((m) => [
      unescape(m[1]!),
      { x: Number(m[2]), y: Number(m[3]) },
    ]),
  );
  const edges = [...svg.matchAll(/<(?:line|path) data-key="([^"]+)"/g)].map((m) => unescape(m[1]!));
  return { positions, edges };
}

/** Where the view draws its nodes, on screen, read from an SVG export of it. */
export async function screenPositions(page: Page): Promise<Map<string, { x: number; y: number }>> {
  const { bytes } = await exportFile(page, 'svg');
  await page.getByRole('button', { name: 'Export', exact: true }).click(); // close the menu
  return svgContents(bytes.toString('utf8')).positions;
}

/** The largest distance, in pixels, between where two drawings put the same nodes; every node must be in both. */
export function largestDrift(
  a: Map<string, { x: number; y: number }>,
  b: Map<string, { x: number; y: number }>,
): number {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  return Math.max(...[...a].map(([key, p]) => Math.hypot(p.x - b.get(key)!.x, p.y - b.get(key)!.y)));
}

/**
 * The page's URL once it and its history entry (which holds the whole view, positions and camera
 * included) have stopped changing: the explorer writes them a moment after the view settles.
 */
export async function settledUrl(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => `${window.location.href} ${JSON.stringify(window.history.state)}`);
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [800], timeout: 30_000 },
    )
    .toBe(true);
  return page.url();
}

/** Collects the page's errors (uncaught, console.error), leaving out the GPU driver's chatter. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('GL Driver')) errors.push(m.text());
  });
  return errors;
}
