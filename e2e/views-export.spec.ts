/*
 * What you see is what you export, in Chromium against the real server and the tests' Neo4j with the
 * sample corpus: one view exported in every format holds the same nodes and edges (equal counts and
 * equal ids, and as many as the screen says), co-mentions in or out by one option; a table result
 * downloads as CSV with the rows the query returns; the result just run exports in one click with
 * its parameters.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EXPORT_FORMATS } from '#model/export/formats.ts';
import type { QueryRunResult } from '#model/saved-queries/types.ts';
import { cellText } from '#model/saved-queries/cell-text.ts';
import { parseCsv } from '../graph-store/import/read-csv.ts';
import { exportFile, exportedKeys, summary, svgContents, viewReady } from './view-helpers.ts';

test('one view, every format: the same nodes and edges as each other and as the screen', async ({ page }) => {
  await page.goto('/');
  await viewReady(page);
  const shown = await summary(page);

  for (const coMentions of [true, false]) {
    await test.step(`co-mentions ${coMentions ? 'included' : 'left out'}`, async () => {
      const files = new Map<string, { nodes: string[]; edges: string[] }>();
      for (const format of EXPORT_FORMATS) {
        const { name, bytes } = await exportFile(page, format, { scope: 'Current view', coMentions });
        files.set(format, exportedKeys(bytes, format, name));
      }
      const svg = await exportFile(page, 'svg', { coMentions });
      const drawn = svgContents(svg.bytes.toString('utf8'));
      files.set('svg', { nodes: [...drawn.positions.keys()].sort(), edges: [...drawn.edges].sort() });

      const gexf = files.get('gexf')!;
      for (const [format, keys] of files) {
        expect(keys.nodes, `${format} nodes`).toEqual(gexf.nodes);
        expect(keys.edges, `${format} edges`).toEqual(gexf.edges);
      }
      // As many as the screen shows: all its edges, or all but the co-mentions.
      expect(gexf.nodes).toHaveLength(shown.nodes);
      const coMentionEdges = gexf.edges.filter((e) => e.startsWith('CO_MENTIONED:'));
      if (coMentions) {
        expect(gexf.edges).toHaveLength(shown.edges);
        expect(coMentionEdges.length).toBeGreaterThan(0);
      } else {
        expect(coMentionEdges).toEqual([]);
        expect(gexf.edges.length).toBeLessThan(shown.edges);
      }

      const png = await exportFile(page, 'png', { coMentions });
      expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      // The PNG is the SVG drawn at twice its size.
      const width = png.bytes.readUInt32BE(16);
      expect(width).toBe(2 * Number(/width="(\d+)"/.exec(svg.bytes.toString('utf8'))![1]));
    });
  }
});

test('a table result downloads as CSV with the rows the query returns', async ({ page, request }) => {
  const api = (await (
    await request.post('/api/queries/who-accuses-whom/run', { data: { params: {} } })
  ).json()) as QueryRunResult;
  expect(api.result).toBe('table');
  expect(api.rows.length).toBeGreaterThan(0);

  await page.goto('/');
  await page.getByRole('tab', { name: 'Queries' }).click();
  const panel = page.getByRole('region', { name: 'Queries' });
  await panel.getByRole('button', { name: 'Who accuses whom' }).click();
  await panel.getByRole('form', { name: 'Who accuses whom parameters' }).getByRole('button', { name: 'Run' }).click();
  const results = page.getByRole('region', { name: 'Query results' });
  await expect(results.getByRole('heading', { name: 'Who accuses whom' })).toBeVisible();

  const downloaded = page.waitForEvent('download');
  await results.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^newsgraph-query-who-accuses-whom-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(readFileSync(await download.path(), 'utf8')).map((row) => row.map((f) => f.text));
  expect(rows[0]).toEqual(api.columns);
  expect(rows.slice(1)).toEqual(api.rows.map((row) => row.map(cellText)));
});

test('the query result just run exports in one click, with its parameters', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Queries' }).click();
  const panel = page.getByRole('region', { name: 'Queries' });
  await panel.getByRole('button', { name: 'Ego network of an actor' }).click();
  const form = panel.getByRole('form', { name: 'Ego network of an actor parameters' });
  await form.getByRole('spinbutton', { name: 'depth' }).fill('1');
  await form.getByRole('button', { name: 'Run' }).click();
  const results = page.getByRole('region', { name: 'Query results' });
  await expect(results.getByRole('heading', { name: 'Ego network of an actor' })).toBeVisible();

  await results.getByLabel('Result export format').selectOption('graphml');
  const downloaded = page.waitForEvent('download');
  await results.getByRole('button', { name: 'Export graph' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^newsgraph-query-ego-network-\d{4}-\d{2}-\d{2}\.graphml$/);
  const fromUi = exportedKeys(readFileSync(await download.path()), 'graphml', download.suggestedFilename());

  // The same query with the same parameters, exported through the API, holds the same graph.
  const response = await request.post('/api/export', {
    data: {
      format: 'graphml',
      coMentions: true,
      scope: { kind: 'query', name: 'ego-network', params: { actor: 'state:ru', depth: '1' } },
    },
  });
  expect(response.ok()).toBe(true);
  expect(fromUi).toEqual(exportedKeys(await response.body(), 'graphml', 'api.graphml'));
  expect(fromUi.nodes).toContain('state:ru');
});
