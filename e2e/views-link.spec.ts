/*
 * A link reopens the same view, in Chromium against the real server and the tests' Neo4j with the
 * sample corpus: nodes where they were (within a pixel), filters, sizes by degree, a hidden node, a
 * node pinned by dragging, the selection; and a view too long for a link comes back from the server
 * by its short id (?view=…).
 */
import { expect, test, type Page } from '@playwright/test';
import {
  collectErrors,
  graphCanvas,
  largestDrift,
  pickEntity,
  screenPositions,
  settledUrl,
  summary,
  viewReady,
} from './view-helpers.ts';

/** Where a node is drawn, in page coordinates. */
async function onPage(page: Page, key: string): Promise<{ x: number; y: number }> {
  const at = (await screenPositions(page)).get(key);
  expect(at, `${key} is drawn`).toBeTruthy();
  const box = (await graphCanvas(page).boundingBox())!;
  return { x: box.x + at!.x, y: box.y + at!.y };
}

/** A point `distance` px from `from` towards the middle of the canvas, so a drag never leaves it. */
async function towardsCentre(
  page: Page,
  from: { x: number; y: number },
  distance: number,
): Promise<{ x: number; y: number }> {
  const box = (await graphCanvas(page).boundingBox())!;
  const dx = box.x + box.width / 2 - from.x;
  const dy = box.y + box.height / 2 - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

async function layoutStopped(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Start layout' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

async function openAndExpand(page: Page, name: string): Promise<void> {
  await pickEntity(page, name);
  await page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Expand' }).click();
  // The new nodes start a 1.5 s layout and the view is framed at 1.6 s (App.tsx). Before that layout begins the
  // button already reads "Start layout", so wait for it to run, then to stop, then for the framing.
  await expect(page.getByRole('button', { name: 'Stop layout' })).toBeVisible({ timeout: 15_000 });
  await layoutStopped(page);
  await page.waitForTimeout(200);
}

/** Opens `url` in a fresh page and returns it once its view is in and has settled. */
async function reopen(page: Page, url: string): Promise<{ page: Page; errors: string[] }> {
  const fresh = await page.context().newPage();
  const errors = collectErrors(fresh);
  await fresh.goto(url);
  await viewReady(fresh);
  await settledUrl(fresh);
  return { page: fresh, errors };
}

test('a link reopens the same view: positions, filters, sizes, hidden and pinned nodes', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await viewReady(page);
  await openAndExpand(page, 'Russia');
  const details = page.getByRole('region', { name: 'Details' });

  await test.step('hide North Korea', async () => {
    const at = await onPage(page, 'state:kp');
    await page.mouse.click(at.x, at.y);
    await expect(details.getByRole('heading', { name: 'North Korea', exact: true })).toBeVisible();
    await details.getByRole('button', { name: 'Hide' }).click();
    await expect(page.getByRole('button', { name: 'Show hidden' })).toBeEnabled();
  });

  await test.step('drag Kim Jong Un somewhere else, which pins him', async () => {
    const at = await onPage(page, 'person:kim-jong-un');
    const to = await towardsCentre(page, at, 70);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    // A click right after the drag would make a double click, which expands.
    await page.waitForTimeout(500);
    await page.mouse.click(to.x, to.y);
    await expect(details.getByRole('heading', { name: 'Kim Jong Un', exact: true })).toBeVisible();
    await expect(details.getByRole('button', { name: 'Unpin' })).toBeVisible();
  });

  await test.step('filter out organisations and size nodes by degree', async () => {
    await page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: 'Organisation' }).uncheck();
    await page.getByLabel('Size by').selectOption('degree');
  });

  const url = await settledUrl(page);
  expect(url).toMatch(/size=degree/);
  const before = await screenPositions(page);
  const shown = await summary(page);
  expect(before.has('state:kp')).toBe(false); // hidden

  await test.step('the link reopens it exactly', async () => {
    const { page: again, errors: againErrors } = await reopen(page, url);
    expect(largestDrift(before, await screenPositions(again))).toBeLessThanOrEqual(1);
    expect((await summary(again)).text).toBe(shown.text);
    await expect(again.getByLabel('Size by')).toHaveValue('degree');
    await expect(
      again.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: 'Organisation' }),
    ).not.toBeChecked();
    await expect(again.getByRole('button', { name: 'Show hidden' })).toBeEnabled();
    const againDetails = again.getByRole('region', { name: 'Details' });
    await expect(againDetails.getByRole('heading', { name: 'Kim Jong Un', exact: true })).toBeVisible();
    await expect(againDetails.getByRole('button', { name: 'Unpin' })).toBeVisible();
    await expect(again.getByRole('alert')).toHaveCount(0); // no "node … can't be repaint"
    expect(againErrors).toEqual([]);
    await again.close();
  });

  await test.step('a view too long for a link is kept on the server under a short id', async () => {
    await openAndExpand(page, 'Vladimir Putin');
    await openAndExpand(page, 'Ukraine');
    const long = await settledUrl(page);
    expect(new URL(long).search).toMatch(/^\?view=[a-z0-9]{6,32}(&cam=[^&]+)?(&sel=[^&]+)?$/);
    const drawn = await screenPositions(page);
    const { page: again, errors: againErrors } = await reopen(page, long);
    expect(largestDrift(drawn, await screenPositions(again))).toBeLessThanOrEqual(1);
    expect((await summary(again)).text).toBe((await summary(page)).text);
    expect(againErrors).toEqual([]);
    await again.close();
  });
  expect(errors).toEqual([]);
});
