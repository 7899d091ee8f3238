/*
 * Metrics, end to end: sizing by PageRank and colouring by Louvain community change the drawing and
 * the legend; after `newsgraph analyse`, the whole graph's PageRank is offered and explained too.
 */
import { expect, test } from '@playwright/test';
import { runCli } from '../testing/run-cli.ts';
import { testDatabaseEnv } from '../testing/test-database.ts';
import { idle, layoutStopped, linkedView, summary } from './analyst-helpers.ts';

test('sizing by PageRank and colouring by community change the drawing and the legend', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(/[1-9]\d* nodes?/);
  await idle(page);
  await layoutStopped(page);
  const canvas = page.locator('.graph-canvas');
  const legend = page.getByRole('region', { name: 'Legend' });
  const before = await canvas.screenshot();
  await expect(legend.getByLabel('Size scale')).toContainText('Size: mentions');

  await test.step('size by PageRank of the view: the drawing and the size scale change', async () => {
    await legend.getByRole('combobox', { name: 'Size by' }).selectOption('pagerank');
    await expect(legend.getByLabel('Size scale')).toContainText('Size: PageRank in view');
    const [min, max] = ((await legend.getByLabel('Size scale').textContent()) ?? '').match(/0\.\d+/g)!.map(Number);
    expect(min).toBeGreaterThan(0);
    expect(max).toBeGreaterThan(min!);
    await page.waitForTimeout(500);
    expect((await canvas.screenshot()).equals(before)).toBe(false);
    await expect.poll(() => linkedView(page)).toMatch(/size=pagerank/);
  });

  await test.step('colour by community: every node in a community, named in the legend', async () => {
    const sized = await canvas.screenshot();
    await legend.getByRole('combobox', { name: 'Colour by' }).selectOption('community');
    const communities = legend.getByRole('list', { name: 'Communities' }).getByRole('listitem');
    await expect(communities.first()).toContainText(/Community 1 \(\d+\):/);
    const counts = (await communities.allTextContents()).map((t) => Number(/\((\d+)\)/.exec(t)?.[1] ?? 0));
    expect(counts.reduce((a, b) => a + b, 0)).toBe((await summary(page)).nodes);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.waitForTimeout(500);
    expect((await canvas.screenshot()).equals(sized)).toBe(false);
    await expect.poll(() => linkedView(page)).toMatch(/color=community/);
    await page.screenshot({ path: 'test-results/analyst-metrics.png' });
  });

  await test.step('after newsgraph analyse, the whole graph PageRank sizes the view', async () => {
    const analysed = runCli(['analyse'], testDatabaseEnv());
    expect(analysed.status, analysed.stderr).toBe(0);
    expect(analysed.stdout).toMatch(/analysed \d+ nodes and \d+ links: \d+ communities/);
    await page.reload();
    await idle(page);
    await legend.getByRole('combobox', { name: 'Size by' }).selectOption('stored-pagerank');
    await expect(legend.getByLabel('Size scale')).toContainText('Size: PageRank in the whole graph');
    await expect(legend.getByLabel('Size scale')).not.toContainText('not analysed');
  });
});
