/*
 * What's new, end to end: loading one new article (this test's own) records a load; "new since"
 * that load shows exactly the entities, events and allegations it added (the extractor's output
 * minus what the graph held before) and those it changed, and the view can be limited to them.
 * The article is taken out of the database again at the end.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runCli } from '../testing/run-cli.ts';
import { testDatabaseEnv, unloadArticles } from '../testing/test-database.ts';
import { extractDocument, prepareArticles } from '../graph-loader/src/pipeline.ts';
import { idle, summary, withTestDb, writeTestArticle } from './analyst-helpers.ts';

let articleId: string | null = null;

test.afterAll(async () => {
  if (articleId) await withTestDb((db) => unloadArticles(db, [articleId!]));
});

test('loading one new article and switching to "new since" shows exactly what it added', async ({ page }) => {
  const file = writeTestArticle();
  const articles = [];
  for await (const batch of prepareArticles([file])) articles.push(...batch.articles);
  articleId = articles[0]!.id;
  const document = extractDocument(articles);
  const extracted = [...document.entities, ...document.events, ...document.allegations];
  const before = await withTestDb(
    async (db) =>
      new Set(
        (
          await db.read<{ id: string }>('MATCH (n) WHERE n.id IN $ids RETURN n.id AS id', {
            ids: extracted.map((n) => n.id),
          })
        ).map((r) => r.id),
      ),
  );

  const load = runCli(['load', file], testDatabaseEnv());
  expect(load.status, load.stderr).toBe(0);
  expect(load.stdout).toMatch(/articles: 1 loaded/);
  const names = await withTestDb(async (db) =>
    db.read<{ id: string; name: string }>(
      'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, coalesce(n.name, n.label, n.claim, n.id) AS name',
      { ids: extracted.map((n) => n.id) },
    ),
  );
  const nameById = new Map(names.map((r) => [r.id, r.name]));
  const added = extracted
    .filter((n) => !before.has(n.id))
    .map((n) => nameById.get(n.id)!)
    .sort();
  const changed = extracted
    .filter((n) => before.has(n.id))
    .map((n) => nameById.get(n.id)!)
    .sort();
  expect(added.length).toBeGreaterThan(0);

  await page.goto('/');
  await idle(page);
  await page.getByRole('tab', { name: "What's new" }).click();
  const panel = page.getByRole('region', { name: "What's new" });

  await test.step('the latest load that changed anything is chosen, with its files and extractor', async () => {
    await expect(panel.getByRole('combobox', { name: 'New since' })).toHaveValue(/^load-/);
    const record = panel.getByRole('definition');
    await expect(record.filter({ hasText: path.basename(file) })).toHaveCount(1);
    await expect(record.filter({ hasText: `${document.extractor.name} ${document.extractor.version}` })).toHaveCount(1);
    await expect(record.filter({ hasText: '1 loaded, 0 replaced, 0 unchanged' })).toHaveCount(1);
  });

  await test.step('exactly what it added, and what it changed', async () => {
    const addedList = panel.getByRole('region', { name: 'Added' });
    await expect(addedList.getByRole('heading')).toHaveText(`Added (${added.length})`);
    const shown = (await addedList.getByRole('listitem').getByRole('button').allTextContents()).sort();
    expect(shown).toEqual(added);
    const changedList = panel.getByRole('region', { name: 'Changed' });
    await expect(changedList.getByRole('heading')).toHaveText(`Changed (${changed.length})`);
    await page.screenshot({ path: 'test-results/analyst-new-since.png' });
  });

  await test.step('the view limited to them', async () => {
    await panel.getByRole('button', { name: 'Show only these' }).click();
    await idle(page);
    await expect.poll(async () => (await summary(page)).nodes).toBe(added.length + changed.length);
  });
});
