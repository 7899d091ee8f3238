/*
 * What the analyst's e2e specs share: the tests' database (to derive expectations from it), their
 * own small article (words of these tests, loaded and taken out again), the status line as numbers,
 * and opening a node through the search box.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { GraphDatabase } from '../graph-store/db/graph-database.ts';
import { testTarget } from '../testing/test-database.ts';
import { ANALYST_TEST_ARTICLE } from '../testing/analyst-article.ts';

/** The tests' own article: two ministers, three states, an accusation and a denial. */
export const TEST_ARTICLE = ANALYST_TEST_ARTICLE;

/** Writes the test article (or other text) to a new temporary folder; returns its path. */
export function writeTestArticle(text = TEST_ARTICLE): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'newsgraph-e2e-')), 'fisheries.txt');
  writeFileSync(file, text);
  return file;
}

/** Runs `work` with a connection to the tests' database. */
export async function withTestDb<T>(work: (db: GraphDatabase) => Promise<T>): Promise<T> {
  const db = GraphDatabase.open(testTarget());
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** The "12 nodes · 20 edges" status line as numbers. */
export async function summary(page: Page): Promise<{ nodes: number; edges: number }> {
  const text = (await page.getByRole('status', { name: 'Graph summary' }).textContent()) ?? '';
  const match = /(\d+) nodes? · (\d+) edges?/.exec(text);
  expect(match, `summary "${text}"`).not.toBeNull();
  return { nodes: Number(match![1]), edges: Number(match![2]) };
}

/** A pattern for an accessible name that starts with `text` (as a whole word). */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\b|\\s|$)`);
}

/** An option's name that is `text` and then only what the list adds after a name (a kind, a status, a count, a "·"). */
export function namedAs(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}(?=\\s+(?:[A-Z·\\d]|(?:alleged|denied|confirmed|disputed)\\b)|$)`);
}

/** Types in the search box and picks the option that starts with `name`. */
export async function searchAndOpen(page: Page, typed: string, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search', exact: true }).fill(typed);
  await page
    .getByRole('option', { name: startingWith(name) })
    .first()
    .click();
}

/** Waits until the explorer is idle (no progress bar). */
export async function idle(page: Page): Promise<void> {
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

/**
 * How many pixels of an element's screenshot are near the colour `rgb` (within `tolerance` per
 * channel), counted in the page with createImageBitmap (no image library, no data: URL).
 */
export async function pixelsNear(
  page: Page,
  png: Buffer,
  rgb: [number, number, number],
  tolerance = 30,
): Promise<number> {
  return page.evaluate(
    async ({ bytes, rgb, tolerance }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          Math.abs(data[i]! - rgb[0]) <= tolerance &&
          Math.abs(data[i + 1]! - rgb[1]) <= tolerance &&
          Math.abs(data[i + 2]! - rgb[2]) <= tolerance
        )
          count++;
      return count;
    },
    { bytes: [...png], rgb, tolerance },
  );
}

/** Waits until the layout has stopped, so two screenshots differ only by what a test changed. */
export async function layoutStopped(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Start layout' })).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(300);
}

/** The view the page's link stands for: its query string, or the kept view's when the link holds a saved view's id. */
export async function linkedView(page: Page): Promise<string> {
  const url = new URL(page.url());
  const id = url.searchParams.get('view');
  if (!id) return url.search;
  const response = await page.request.get(`/api/views/${encodeURIComponent(id)}`);
  return response.ok() ? ((await response.json()) as { search: string }).search : '';
}
