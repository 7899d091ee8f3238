/*
 * Same or different, end to end: the extractor keeps "Ingrid Solvang" and "Ingrid Solvang-Berg"
 * (this test's own article) apart; merging them from Details takes effect at once, is listed with
 * who decided it and when, survives loading the article again (re-extracted, the loader applies
 * the rule), and is undone from Decisions. The article is taken out again at the end.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { runCli } from '../testing/run-cli.ts';
import { testDatabaseEnv, unloadArticles } from '../testing/test-database.ts';
import { TEST_ARTICLE, idle, startingWith, withTestDb, writeTestArticle } from './analyst-helpers.ts';

const FROM = 'Ingrid Solvang-Berg';
const INTO = 'Ingrid Solvang';
let file = '';
/** How the graph names the test's file: within its corpus, a file given alone by its own name. */
const shownFile = (): string => path.basename(file);

test.afterAll(async () => {
  await withTestDb(async (db) => {
    const ids = await db.read<{ id: string }>('MATCH (a:Article {file: $file}) RETURN a.id AS id', {
      file: shownFile(),
    });
    await unloadArticles(
      db,
      ids.map((r) => r.id),
    );
  });
});

/** The names the search box offers for `typed`, among people. */
async function people(page: Page, typed: string): Promise<string[]> {
  await page.getByRole('combobox', { name: 'Search type' }).selectOption('Person');
  const search = page.getByRole('combobox', { name: 'Search', exact: true });
  await search.fill(''); // a fresh search, even when the same words are in the box already
  await search.fill(typed);
  // Until the answer comes, the list may still show the previous search's names.
  await expect(page.getByRole('listbox', { name: 'Suggestions' })).toHaveAttribute('aria-busy', 'false');
  const options = page.getByRole('group', { name: /^Entities/ }).getByRole('option');
  await expect(options.first()).toBeVisible();
  return (await options.locator('.hit-name').allTextContents()).sort();
}

function load(): void {
  const result = runCli(['load', file], testDatabaseEnv());
  expect(result.status, result.stderr).toBe(0);
}

test('a merge takes effect at once, survives a reload, and can be undone', async ({ page }) => {
  file = writeTestArticle();
  load();
  await page.goto('/');
  await idle(page);
  expect(await people(page, 'Solvang')).toEqual(expect.arrayContaining([FROM, INTO]));

  await test.step('name the decider in Decisions', async () => {
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page
      .getByRole('region', { name: 'Decisions' })
      .getByRole('textbox', { name: 'Decided by' })
      .fill('e2e analyst');
  });

  await test.step(`from Details of ${FROM}: same as ${INTO}`, async () => {
    await people(page, 'Solvang'); // the suggestions closed when the decider's field took the focus
    await page
      .getByRole('group', { name: /^Entities/ })
      .getByRole('option', { name: startingWith(FROM) })
      .click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { name: FROM })).toBeVisible();
    await details.getByRole('button', { name: 'Same as…' }).click();
    const form = details.getByRole('form', { name: 'Same entity' });
    await form.getByRole('combobox', { name: 'Same as' }).fill(INTO);
    await form
      .getByRole('option', { name: startingWith(INTO) })
      .first()
      .click();
    await form.getByRole('button', { name: `Merge ${FROM} into it` }).click();
    await idle(page);
    await expect(details.getByRole('heading', { name: INTO, exact: true })).toBeVisible();
    await expect(details.getByRole('definition').filter({ hasText: FROM })).toHaveCount(1); // now an alias
    expect(await people(page, 'Solvang')).not.toContain(FROM);
  });

  await test.step('listed with who decided it and when', async () => {
    await page.getByRole('tab', { name: 'Decisions' }).click();
    const listed = page.getByRole('list', { name: 'Decisions in force' }).getByRole('listitem');
    await expect(listed).toHaveCount(1);
    await expect(listed.first()).toContainText(
      `“${FROM}” merged into “${INTO}” by e2e analyst, ${new Date().toISOString().slice(0, 4)}`,
    );
    await page.screenshot({ path: 'test-results/analyst-decisions.png' });
  });

  await test.step('loading the article again (changed, so extracted anew) keeps the merge', async () => {
    writeFileSync(file, `${TEST_ARTICLE}${FROM} added that the agreement would be signed in Santiago.\n`);
    load();
    const count = await withTestDb(
      async (db) =>
        (
          await db.read<{ n: number }>('MATCH (a:Article {file: $file}) RETURN count(a) AS n', {
            file: shownFile(),
          })
        )[0]!.n,
    );
    expect(count).toBe(1);
    await page.reload();
    await idle(page);
    const found = await people(page, 'Solvang');
    expect(found).toContain(INTO);
    expect(found).not.toContain(FROM);
  });

  await test.step('undo: the two are apart again', async () => {
    await page.getByRole('tab', { name: 'Decisions' }).click();
    const decisions = page.getByRole('region', { name: 'Decisions' });
    await decisions.getByRole('button', { name: `Undo: “${FROM}” merged into “${INTO}”` }).click();
    await idle(page);
    await expect(decisions.getByRole('list', { name: 'Decisions in force' })).toHaveCount(0);
    await expect(decisions.getByText(/^Undone \(\d+\)$/)).toBeVisible();
    expect(await people(page, 'Solvang')).toEqual(expect.arrayContaining([FROM, INTO]));
  });
});
