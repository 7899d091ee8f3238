/*
 * Dates never hide events silently, in Chromium against the real server and the tests' Neo4j with the
 * sample corpus: the timeline shows the undated events in a lane of their own; a date range says how
 * many undated events it hides, and a switch keeps them (and the link keeps the switch).
 */
import { expect, test } from '@playwright/test';
import type { OverviewResponse } from '#model/api-types.ts';
import { settledUrl, summary, viewReady } from './view-helpers.ts';

test('the date filter says how many undated events it hides, and a switch keeps them', async ({ page, request }) => {
  const overview = (await (await request.get('/api/overview')).json()) as OverviewResponse;
  const events = overview.subgraph.nodes.filter((n) => n.labels.includes('Event'));
  const undated = events.filter((n) => !n.properties.date);
  expect(undated.length).toBeGreaterThan(0);

  await page.goto('/');
  await viewReady(page);
  const all = await summary(page);

  await test.step('the timeline has a lane for the undated events', async () => {
    const lane = page.getByRole('list', { name: /^Undated events/ });
    await expect(lane.getByRole('listitem')).toHaveCount(undated.length);
    const labels = await lane.getByRole('listitem').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels.sort()).toEqual(undated.map((n) => String(n.properties.label)).sort());
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(`${undated.length} undated`);
  });

  const filters = page.getByRole('region', { name: 'Filters' });
  await test.step('a date range says how many undated events it hides', async () => {
    // From the first dated event's year: the range holds every dated event.
    const firstYear = events
      .flatMap((n) => (n.properties.date ? [String(n.properties.date).slice(0, 4)] : []))
      .sort()[0];
    await filters.getByLabel('From date').fill(`${firstYear ?? '2000'}-01-01`);
    await filters.getByLabel('To date').fill('2100-12-31');
    await expect(filters.getByRole('note', { name: 'Undated events' })).toHaveText(
      `The dates hide ${undated.length} undated event${undated.length === 1 ? '' : 's'}.`,
    );
    // The range holds every dated event: only the undated ones (and edges to them) are gone.
    await expect.poll(async () => (await summary(page)).nodes).toBe(all.nodes - undated.length);
    await expect(page.getByRole('list', { name: /^Undated events: \d+, hidden by the dates/ })).toBeVisible();
  });

  await test.step('the switch keeps them, and the link keeps the switch', async () => {
    await filters.getByRole('checkbox', { name: /^Keep undated events/ }).check();
    await expect.poll(async () => (await summary(page)).nodes).toBe(all.nodes);
    await expect(filters.getByRole('note', { name: 'Undated events' })).toHaveText(
      `${undated.length} undated event${undated.length === 1 ? ' is' : 's are'} kept.`,
    );
    const url = await settledUrl(page);
    // The link holds the view, or (too long for a link) the id of the view kept on the server.
    const id = /[?&]view=([a-z0-9]+)/.exec(url)?.[1];
    const held = id ? ((await (await request.get(`/api/views/${id}`)).json()) as { search: string }).search : url;
    expect(held).toMatch(/undated=keep/);
    await page.goto(url);
    await viewReady(page);
    await expect(
      page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^Keep undated events/ }),
    ).toBeChecked();
    expect((await summary(page)).nodes).toBe(all.nodes);
  });
});
