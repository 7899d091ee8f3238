/*
 * Paths, end to end: from Details, "Find path to…" an entity that shares no edge with this one (no
 * relationship, never in one sentence); the shortest paths are added to the view, highlighted, and
 * each step shows the sentences behind it.
 */
import { expect, test } from '@playwright/test';
import { idle, pixelsNear, searchAndOpen, startingWith, summary, withTestDb } from './analyst-helpers.ts';

/** The colour of highlighted path edges (HIGHLIGHT_EDGE in web/src/core/view/reducers.ts). */
const PATH_ORANGE: [number, number, number] = [0xe8, 0x59, 0x0c];

test('a path between two entities that share no edge is found, highlighted, and shows evidence for each step', async ({
  page,
}) => {
  const pair = await withTestDb(async (db) => {
    const [row] = await db.read<{ a: string; b: string; hops: number }>(
      `MATCH (a:Entity), (b:Entity)
       WHERE a.id < b.id AND a.name <> b.name AND NOT (a)--(b) AND NOT EXISTS { (a)<-[:MENTIONS]-(:Sentence)-[:MENTIONS]->(b) }
       MATCH p = shortestPath((a)-[:LEADER_OF|OFFICIAL_OF|MEMBER_OF|PART_OF|ALLIED_WITH|COOPERATES_WITH|OPPOSES|AFFILIATED_WITH|LOCATED_IN|PARTICIPATED_IN|TOOK_PLACE_IN|ALLEGES|TARGETS|DENIES|CONFIRMS*..8]-(b))
       WITH a, b, length(p) AS hops ORDER BY hops, a.mentionCount DESC, a.id, b.id LIMIT 1
       RETURN a.name AS a, b.name AS b, hops`,
    );
    return row!;
  });

  await page.goto('/');
  await idle(page);
  await searchAndOpen(page, pair.a, pair.a);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: pair.a })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText('1 node · 0 edges');

  await details.getByRole('button', { name: 'Find path to…' }).click();
  const form = details.getByRole('form', { name: 'Find path' });
  await form.getByRole('combobox', { name: 'Path to' }).fill(pair.b);
  await form
    .getByRole('option', { name: startingWith(pair.b) })
    .first()
    .click();
  await form.getByRole('button', { name: 'Find paths' }).click();

  const panel = page.getByRole('region', { name: 'Path' });
  const status = panel.getByRole('status', { name: 'Path summary' });
  await expect(status).toContainText(`of ${pair.hops} step${pair.hops === 1 ? '' : 's'} from ${pair.a} to ${pair.b}`);
  await expect(status).toContainText('added to the view and highlighted');
  await idle(page);
  const view = await summary(page);
  expect(view.nodes).toBeGreaterThanOrEqual(pair.hops + 1);
  for (const path of await panel.getByRole('list', { name: 'Paths' }).getByRole('listitem').allTextContents()) {
    expect(path.startsWith(pair.a)).toBe(true);
    expect(path.endsWith(pair.b)).toBe(true);
  }
  const steps = panel.getByRole('list', { name: 'Steps' }).locator(':scope > li');
  expect(await steps.count()).toBeGreaterThanOrEqual(pair.hops);
  for (const step of await steps.all()) {
    await expect(step.locator('.evidence blockquote').first()).toBeVisible();
    await expect(
      step
        .locator('.source')
        .getByRole('button', { name: /^Open the source: / })
        .first(),
    ).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Clear highlight' })).toBeVisible();
  await page.waitForTimeout(2500); // the layout settles
  expect(await pixelsNear(page, await page.locator('.graph-canvas').screenshot(), PATH_ORANGE)).toBeGreaterThan(50);
  await page.screenshot({ path: 'test-results/analyst-path.png' });

  await panel.getByRole('button', { name: 'Clear path' }).click();
  await expect(page.getByRole('button', { name: 'Clear highlight' })).toHaveCount(0);
  expect((await summary(page)).nodes).toBe(view.nodes); // added, not replaced: the path stays in view
});
