/*
 * Every line leads to all of its sources, in Chromium against the real server and the tests' Neo4j
 * with the sample corpus: all the evidence sentences of the most-mentioned entity are reachable, a
 * page at a time; a source opens in the app with the quoted sentence highlighted and scrolled to (and
 * a link to it reopens it); a source without a title or an outlet says so plainly.
 */
import { expect, test } from '@playwright/test';
import type { EvidenceResponse, SearchResponse } from '#model/api-types.ts';
import { GraphDatabase } from '../graph-store/db/graph-database.ts';
import { testTarget } from '../testing/test-database.ts';

/** The entity mentioned in the most sentences, by the database. */
async function mostMentioned(): Promise<{ id: string; name: string }> {
  const db = GraphDatabase.open(testTarget());
  try {
    const [row] = await db.read<{ id: string; name: string }>(
      `MATCH (e:Entity)<-[:MENTIONS]-(s:Sentence)
       WITH e, count(DISTINCT s) AS sentences ORDER BY sentences DESC, e.id LIMIT 1
       RETURN e.id AS id, e.name AS name`,
    );
    return row!;
  } finally {
    await db.close();
  }
}

test('all the evidence sentences of the most-mentioned entity are reachable', async ({ page, request }) => {
  const entity = await mostMentioned();
  const all = (await (
    await request.get(`/api/nodes/${encodeURIComponent(entity.id)}/evidence?limit=500`)
  ).json()) as EvidenceResponse;
  expect(all.total).toBeGreaterThan(25); // more than one page
  expect(all.sentences).toHaveLength(all.total);

  await page.goto(`/?n=${encodeURIComponent(entity.id)}&sel=${encodeURIComponent(entity.id)}`);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: entity.name, exact: true })).toBeVisible();
  await expect(details.getByLabel('Evidence summary')).toContainText(`${all.total} sentences`);
  const items = details.getByRole('list', { name: 'Evidence' }).getByRole('listitem');
  for (let pages = 0; (await items.count()) < all.total; pages++) {
    expect(pages, 'pages of evidence').toBeLessThan(all.total);
    await details.getByRole('button', { name: /^Show \d+ more/ }).click();
    await expect.poll(() => items.count()).toBeGreaterThan(25 * (pages + 1));
  }
  await expect(items).toHaveCount(all.total);
  await expect(details.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
  const shown = (await items.locator('blockquote').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  expect(shown).toEqual(all.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim()));
});

test('a source opens in the app with its sentence highlighted, and says plainly what it lacks', async ({
  page,
  request,
}) => {
  const hits = (await (await request.get('/api/search?q=Russia')).json()) as SearchResponse;
  const key = hits.hits[0]!.key;
  const evidence = (await (
    await request.get(`/api/nodes/${encodeURIComponent(key)}/evidence?limit=1`)
  ).json()) as EvidenceResponse;
  const first = evidence.sentences[0]!;

  await page.goto(`/?n=${encodeURIComponent(key)}&sel=${encodeURIComponent(key)}`);
  const details = page.getByRole('region', { name: 'Details' });
  const item = details.getByRole('list', { name: 'Evidence' }).getByRole('listitem').first();
  // No title in the metadata: it says so, never a sentence posing as a title.
  const title = first.article.title ?? 'Untitled article';
  await expect(item.getByRole('button', { name: `Open the source: ${title}` })).toBeVisible();
  await expect(item).toContainText(first.article.outlet ?? 'outlet not recorded');
  if (first.article.title) expect(first.article.title).not.toBe(first.text);

  await item.getByRole('button', { name: /^Open the source/ }).click();
  const source = page.getByRole('dialog', { name: `Source: ${title}` });
  await expect(source).toBeVisible();
  const quoted = source.locator('mark[aria-current="true"]');
  await expect(quoted).toHaveText(first.text);
  await expect(quoted).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`src=${encodeURIComponent(first.id)}`));

  // A link to it opens the article at that sentence again.
  await page.reload();
  await expect(page.getByRole('dialog', { name: `Source: ${title}` }).locator('mark[aria-current="true"]')).toHaveText(
    first.text,
  );
  await page.locator('body').press('Escape');
  await expect(page.getByRole('dialog', { name: /^Source:/ })).toHaveCount(0);
});
