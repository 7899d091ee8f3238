/*
 * Views that last, in Chromium against the real server and the tests' Neo4j with the sample corpus:
 * every change of the view is a place in the browser's history, so Back and Forward move between
 * views (the overview comes back where it was); undo and redo cover expand, remove, hide, clear and a
 * query result replacing the view; "Clear view" can be undone from the notice it leaves.
 */
import { expect, test, type Page } from '@playwright/test';
import { largestDrift, pickEntity, screenPositions, settledUrl, summary, viewReady } from './view-helpers.ts';

async function settled(page: Page): Promise<{ nodes: number; edges: number; text: string }> {
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start layout' })).toBeVisible({ timeout: 30_000 });
  await settledUrl(page);
  return summary(page);
}

test('Back and Forward move between views', async ({ page }) => {
  await page.goto('/');
  await viewReady(page);
  const overview = await settled(page);
  const overviewDrawn = await screenPositions(page);
  const start = await page.evaluate(() => history.length);

  await pickEntity(page, 'Russia');
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText('1 node · 0 edges');
  await settled(page);
  await page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Expand' }).click();
  await expect.poll(async () => (await summary(page)).nodes).toBeGreaterThan(1);
  const expanded = await settled(page);
  expect(await page.evaluate(() => history.length)).toBe(start + 2);

  await page.goBack();
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText('1 node · 0 edges');
  await expect(page).toHaveURL(/n=state%3Aru&/);

  await page.goBack();
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(overview.text);
  await expect(page).toHaveURL(/\/$/);
  await settledUrl(page);
  expect(largestDrift(overviewDrawn, await screenPositions(page))).toBeLessThanOrEqual(1);

  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(expanded.text);
});

test('undo and redo: expand, remove, hide, clear, a query result replacing the view', async ({ page }) => {
  await page.goto('/');
  await viewReady(page);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  const details = page.getByRole('region', { name: 'Details' });
  await expect(undo).toBeDisabled();

  await pickEntity(page, 'Russia');
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText('1 node · 0 edges');

  await test.step('expand, then Ctrl+Z and Ctrl+Shift+Z', async () => {
    await details.getByRole('button', { name: 'Expand' }).click();
    await expect.poll(async () => (await summary(page)).nodes).toBeGreaterThan(1);
    const expanded = await settled(page);
    await expect(undo).toHaveAttribute('title', /expand Russia/);
    await page.locator('body').press('Control+z');
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText('1 node · 0 edges');
    await page.locator('body').press('Control+Shift+z');
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(expanded.text);
  });

  await test.step('remove and hide, each undone with the Undo button', async () => {
    const before = await summary(page);
    await pickEntity(page, 'North Korea');
    await details.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(async () => (await summary(page)).nodes).toBe(before.nodes - 1);
    await undo.click();
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(before.text);
    await pickEntity(page, 'North Korea');
    await details.getByRole('button', { name: 'Hide' }).click();
    await expect.poll(async () => (await summary(page)).nodes).toBe(before.nodes - 1);
    await undo.click();
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(before.text);
    await expect(redo).toBeEnabled();
  });

  await test.step('clear the view, and undo it from the notice', async () => {
    const before = await summary(page);
    await page.getByRole('button', { name: 'Clear view' }).click();
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText('0 nodes · 0 edges');
    const notice = page.getByRole('status', { name: 'View cleared' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(before.text);
  });

  await test.step('a query result replaces the view, and undo brings the view back', async () => {
    const before = await summary(page);
    await page.getByRole('tab', { name: 'Queries' }).click();
    const panel = page.getByRole('region', { name: 'Queries' });
    await panel.getByRole('button', { name: 'Ego network of an actor' }).click();
    const form = panel.getByRole('form', { name: 'Ego network of an actor parameters' });
    await form.getByRole('spinbutton', { name: 'depth' }).fill('1');
    await form.getByRole('radio', { name: 'Replace view' }).check();
    await form.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('region', { name: 'Query results' }).getByRole('status')).toHaveText(
      /The view now shows/,
    );
    await expect(page.getByRole('status', { name: 'Graph summary' })).not.toHaveText(before.text);
    await expect(undo).toHaveAttribute('title', /replace the view with a query result/);
    await undo.click();
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(before.text);
  });
});
