/*
 * Search everything, end to end: "sanctions" finds the sanctions allegation and the sentences that
 * say it, grouped with counts; the type filter covers every kind; picking a sentence opens its
 * article and puts the facts it supports and the entities it mentions into the view.
 */
import { expect, test } from '@playwright/test';
import { idle, summary, withTestDb } from './analyst-helpers.ts';

test('searching "sanctions" finds the allegation and its sentences; a sentence opens its article and facts', async ({
  page,
}) => {
  const expected = await withTestDb(async (db) => ({
    allegations: await db.read<{ id: string }>(
      "MATCH (a:Allegation) WHERE toLower(a.category + ' ' + a.claim) CONTAINS 'sanction' RETURN a.id AS id",
    ),
    sentences: (
      await db.read<{ n: number }>("MATCH (s:Sentence) WHERE toLower(s.text) CONTAINS 'sanctions' RETURN count(s) AS n")
    )[0]!.n,
  }));
  expect(expected.allegations.length).toBeGreaterThan(0);

  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(/[1-9]\d* nodes?/);
  const search = page.getByRole('combobox', { name: 'Search', exact: true });

  await test.step('the type filter covers every kind', async () => {
    const kinds = await page.getByRole('combobox', { name: 'Search type' }).locator('option').allTextContents();
    expect(kinds).toEqual(['All kinds', 'Person', 'State', 'Organisation', 'Place', 'Event', 'Allegation', 'Sentence']);
  });

  await test.step('"sanctions": the allegation and the sentences, grouped with counts', async () => {
    await search.fill('sanctions');
    const allegations = page.getByRole('group', { name: /^Allegations \(\d+\)$/ });
    await expect(allegations).toBeVisible();
    await expect(allegations.getByRole('option').first()).toContainText(/sanction/i);
    const sentences = page.getByRole('group', { name: `Sentences (${expected.sentences})` });
    await expect(sentences).toBeVisible();
    const shown = sentences.getByRole('option');
    expect(await shown.count()).toBeGreaterThan(0);
    for (const text of await shown.allTextContents()) expect(text.toLowerCase()).toContain('sanctions');
    await expect(sentences.locator('mark').first()).toHaveText(/sanctions/i);
    await page.screenshot({ path: 'test-results/analyst-search.png' });
  });

  await test.step('only sentences, with the type filter', async () => {
    await page.getByRole('combobox', { name: 'Search type' }).selectOption('Sentence');
    await expect(page.getByRole('group', { name: `Sentences (${expected.sentences})` })).toBeVisible();
    await expect(page.getByRole('group', { name: /^Allegations/ })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Search type' }).selectOption('');
  });

  let sentenceText = '';
  await test.step('pick the allegation: Details show it', async () => {
    await search.fill('sanctions');
    const option = page
      .getByRole('group', { name: /^Allegations/ })
      .getByRole('option')
      .first();
    const name = ((await option.locator('.hit-name').textContent()) ?? '').trim();
    await option.click();
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name })).toBeVisible();
  });

  await test.step('pick a sentence: its article, the facts it supports and the entities it mentions, in view', async () => {
    await search.fill('sanctions');
    const option = page
      .getByRole('group', { name: /^Sentences/ })
      .getByRole('option')
      .first();
    sentenceText = ((await option.locator('.hit-sentence').textContent()) ?? '').trim();
    await option.click();
    const panel = page.getByRole('region', { name: 'Sentence' });
    await expect(panel.locator('.sentence-quote')).toHaveText(sentenceText);
    await expect(panel.getByLabel('Article text').locator('mark')).toHaveText(sentenceText);
    const context = await withTestDb(
      async (db) =>
        (
          await db.read<{ facts: string[]; entities: string[] }>(
            `MATCH (s:Sentence {text: $text})
           RETURN COLLECT { MATCH (f)-[:SUPPORTED_BY]->(s) RETURN DISTINCT coalesce(f.label, f.id) } AS facts,
                  COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN DISTINCT e.name } AS entities`,
            { text: sentenceText },
          )
        )[0]!,
    );
    await expect(panel.getByRole('list', { name: 'Entities it mentions' }).getByRole('listitem')).toHaveCount(
      context.entities.length,
    );
    for (const name of context.entities)
      await expect(
        panel.getByRole('list', { name: 'Entities it mentions' }).getByRole('button', { name, exact: true }),
      ).toBeVisible();
    if (context.facts.length > 0)
      await expect(panel.getByRole('list', { name: 'Facts it supports' }).getByRole('listitem')).toHaveCount(
        context.facts.length,
      );
    await idle(page);
    await expect
      .poll(async () => (await summary(page)).nodes)
      .toBeGreaterThanOrEqual(context.entities.length + context.facts.length);
    await page.screenshot({ path: 'test-results/analyst-sentence.png' });
  });
});
