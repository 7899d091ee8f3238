/*
 * The explorer end to end, in Chromium against the real server and Neo4j with the sample corpus:
 * search an actor, read its evidence, expand, filter, brush the timeline, reload the shared view,
 * and survive Neo4j stopping and starting again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { embeddedInstance } from '../graph-store/db/neo4j-target.ts';
import { startEmbedded, stopEmbedded } from '../graph-store/db/embedded-neo4j.ts';
import { testDatabaseEnv } from '../testing/test-database.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articlesDir = path.join(root, 'data', 'articles');
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
const corpus = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => normalise(readFileSync(path.join(articlesDir, f), 'utf8')));

/** The "12 nodes · 20 edges" status line as numbers. */
async function summary(page: Page): Promise<{ nodes: number; edges: number; text: string }> {
  const text = (await page.getByRole('status', { name: 'Graph summary' }).textContent()) ?? '';
  const match = /(\d+) nodes? · (\d+) edges?/.exec(text);
  expect(match, `summary "${text}"`).not.toBeNull();
  return { nodes: Number(match![1]), edges: Number(match![2]), text };
}

async function searchAndOpen(page: Page, typed: string, name: string): Promise<void> {
  await page.locator('body').press('/');
  const search = page.getByRole('combobox', { name: 'Search', exact: true });
  await expect(search).toBeFocused();
  await search.fill(typed);
  await page
    .getByRole('group', { name: /^Entities/ })
    .getByRole('option', { name: new RegExp(`^${name}\\b`) })
    .click();
}

test('search, evidence, expand, filter, timeline and a shared view', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(/[1-9]\d* nodes? · \d+ edges?/);

  await test.step('search an actor (with a typo) and open it', async () => {
    await searchAndOpen(page, 'Rusia', 'Russia');
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText('1 node · 0 edges');
    await expect(page).toHaveURL(/n=state%3Aru/);
  });

  await test.step('Details show a sentence from the article, the mention highlighted, and its source', async () => {
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { name: 'Russia' })).toBeVisible();
    const first = details.locator('.evidence blockquote').first();
    await expect(first).toBeVisible();
    const sentence = normalise((await first.textContent()) ?? '');
    expect(sentence.length).toBeGreaterThan(20);
    expect(corpus.some((text) => text.includes(sentence))).toBe(true);
    await expect(first.locator('mark').first()).toHaveText(/Russia/);
    await expect(details.getByRole('button', { name: /^Open the source: / }).first()).toBeVisible();
  });

  let expanded = { nodes: 0, edges: 0, text: '' };
  await test.step('expand and see the count grow', async () => {
    await page.getByRole('button', { name: 'Expand' }).click();
    await expect.poll(async () => (await summary(page)).nodes).toBeGreaterThan(1);
    await expect(page).toHaveURL(/state%3Akp/); // North Korea is a neighbour of Russia.
    await expect(page.getByRole('progressbar')).toHaveCount(0); // The edges among the new nodes are in too.
    expanded = await summary(page);
    expect(expanded.edges).toBeGreaterThan(0);
  });

  await test.step('filter by type', async () => {
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'State' }).uncheck();
    await expect.poll(async () => (await summary(page)).nodes).toBeLessThan(expanded.nodes);
    await expect(page).toHaveURL(/kinds=/);
    await filters.getByRole('checkbox', { name: 'State' }).check();
    await expect.poll(async () => (await summary(page)).nodes).toBe(expanded.nodes);
  });

  await test.step('brush the timeline to filter by date', async () => {
    const brush = page.getByTestId('timeline-brush');
    const box = (await brush.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.99, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByRole('button', { name: /Clear dates/ })).toBeVisible();
    const brushed = await summary(page);
    expect(brushed.edges).toBeLessThanOrEqual(expanded.edges);
  });

  await test.step('reload the URL and get the same view', async () => {
    const url = page.url();
    const before = await summary(page);
    await page.reload();
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(before.text);
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Russia' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Clear dates/ })).toBeVisible();
    expect(new URL(page.url()).search).toBe(new URL(url).search);
  });

  await test.step('Esc closes the Details panel', async () => {
    await page.locator('body').press('Escape');
    await expect(page.getByRole('region', { name: 'Details' })).toHaveCount(0);
  });
});

test('a banner while Neo4j is down, then recovery', async ({ page }) => {
  test.setTimeout(300_000);
  const instance = embeddedInstance(testDatabaseEnv());
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(/[1-9]\d* nodes?/);
  await stopEmbedded(instance);
  try {
    // Searching asks the API, which answers 503 at once; the health check would show it soon anyway.
    await page.getByRole('combobox', { name: 'Search', exact: true }).fill('Korea');
    const banner = page.getByRole('alert', { name: 'Database unavailable' });
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await expect(banner).toContainText('Neo4j is not reachable');
    await expect(page.getByRole('status', { name: 'Graph summary' })).toBeVisible(); // Not a blank page.
  } finally {
    // Not awaited: the banner going away is what we wait for. (Restarting an existing store can
    // leave the launcher without its READY line; Bolt answers all the same.)
    void startEmbedded(instance).catch(() => {});
  }
  await expect(page.getByRole('alert', { name: 'Database unavailable' })).toHaveCount(0, { timeout: 200_000 });
  await page.getByRole('combobox', { name: 'Search', exact: true }).fill('North Kor');
  // Just restarted, Neo4j is cold: the first search of every kind may pass the API's 10 s limit and be tried once more.
  await expect(
    page.getByRole('group', { name: /^Entities/ }).getByRole('option', { name: /^North Korea\b/ }),
  ).toBeVisible({
    timeout: 60_000,
  });
});
