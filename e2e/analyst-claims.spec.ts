/*
 * Contested claims, end to end: a contested allegation with a name of its own (found in the database,
 * with someone alleging and someone denying it) lists its alleger and its deniers, each
 * with the sentences where they say so, on one panel with a timeline; "Most contested" ranks it.
 */
import { expect, test } from '@playwright/test';
import { idle, namedAs, withTestDb } from './analyst-helpers.ts';

const byName = (names: string[]): string[] => [...names].sort((a, b) => a.localeCompare(b));

test('the contested-claims panel of a contested allegation lists its alleger and deniers with their sentences', async ({
  page,
}) => {
  const chosen = await withTestDb(async (db) => {
    const [row] = await db.read<{ id: string; label: string; allegers: string[]; deniers: string[] }>(
      // A contested allegation no other allegation shares its name with, so the screen names it alone.
      `MATCH (al:Allegation) WHERE NOT EXISTS { MATCH (o:Allegation) WHERE o.label = al.label AND o <> al }
       WITH al, COLLECT { MATCH (e:Entity)-[:ALLEGES]->(al) RETURN e.name } AS allegers,
            COLLECT { MATCH (e:Entity)-[:DENIES]->(al) RETURN e.name } AS deniers
       WHERE size(allegers) > 0 AND size(deniers) > 0
       RETURN al.id AS id, al.label AS label, allegers, deniers ORDER BY al.articleCount DESC, al.id LIMIT 1`,
    );
    return row!;
  });

  await page.goto('/');
  await idle(page);

  await test.step('"Most contested" ranks it and shows the contested claims as the view', async () => {
    await page.getByRole('toolbar', { name: 'View' }).getByRole('button', { name: 'Most contested' }).click();
    const ranking = page.getByRole('region', { name: 'Most contested' });
    await expect(ranking.getByRole('button', { name: chosen.label, exact: true })).toBeVisible();
    await idle(page);
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(/[1-9]\d* nodes?/);
    await ranking.getByRole('button', { name: chosen.label, exact: true }).click();
  });

  const panel = page.getByRole('region', { name: 'Claims' });
  await test.step('who alleges it and who denies it, each with their sentences and sources', async () => {
    const claim = panel.getByRole('article').first();
    await expect(claim.locator('.claim-text')).toBeVisible();
    const alleged = claim.getByRole('region', { name: 'Alleged by' });
    const denied = claim.getByRole('region', { name: 'Denied by' });
    await expect(alleged.locator('button.party')).toHaveText(byName(chosen.allegers));
    await expect(denied.locator('button.party')).toHaveText(byName(chosen.deniers));
    for (const name of chosen.deniers) {
      const said = denied.getByRole('list', { name: `What ${name} said` });
      await expect(said.locator('blockquote').first()).toBeVisible();
      await expect(
        said
          .locator('.source')
          .getByRole('button', { name: /^Open the source: / })
          .first(),
      ).toBeVisible();
    }
    const said = alleged.getByRole('list', { name: `What ${chosen.allegers[0]} said` });
    await expect(said.locator('blockquote').first()).toContainText(/\w+/);
    await expect(claim.getByRole('figure')).toHaveAccessibleName(/^Timeline: \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/);
    await page.screenshot({ path: 'test-results/analyst-claims.png' });
  });

  await test.step('the same panel opens from Details of the allegation', async () => {
    await page.getByRole('combobox', { name: 'Search', exact: true }).fill(chosen.label.split(':')[0]!);
    await page
      .getByRole('group', { name: /^Allegations/ })
      .getByRole('option', { name: namedAs(chosen.label) })
      .click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Contested claims' }).click();
    await expect(panel.getByRole('heading', { name: `Claims: ${chosen.label}` })).toBeVisible();
  });
});
