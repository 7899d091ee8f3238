/*
 * The Export menu end to end: download every format of the current view (and a selection, the last
 * query's result, and the view with its evidence) from the real UI, and check each file parses.
 */
import { expect, test } from '@playwright/test';
import { readCsvZip } from '../graph-store/import/read-csv.ts';
import { readCypherScript } from '../graph-store/import/read-cypher.ts';
import { readGraphologyJson, readJsonl } from '../graph-store/import/read-json.ts';
import { readGexf, readGraphml } from '../graph-store/import/read-xml.ts';
import { checkGexf13, validateGraphml } from '../graph-store/export/validate-xml.ts';
import { exportFile } from './view-helpers.ts';

const DATE = '\\d{4}-\\d{2}-\\d{2}';

test('every export format downloads from the Export menu and parses', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(/[1-9]\d* nodes? · \d+ edges?/);
  const shown = Number(
    /(\d+) node/.exec((await page.getByRole('status', { name: 'Graph summary' }).textContent()) ?? '')![1],
  );

  await test.step('GEXF of the view, with positions, colours and sizes', async () => {
    const { name, bytes } = await exportFile(page, 'gexf', { scope: 'Current view' });
    expect(name).toMatch(new RegExp(`^newsgraph-view-${DATE}\\.gexf$`));
    const xml = bytes.toString('utf8');
    expect(checkGexf13(xml)).toEqual([]);
    expect(xml).toContain('<viz:position');
    expect(xml).toContain('<viz:color');
    expect(xml).toContain('<viz:size');
    expect(readGexf(xml, name).nodes.length).toBe(shown);
  });

  await test.step('GraphML of the view validates against the GraphML schema', async () => {
    const { name, bytes } = await exportFile(page, 'graphml');
    expect(name).toMatch(new RegExp(`^newsgraph-view-${DATE}\\.graphml$`));
    expect(await validateGraphml(bytes.toString('utf8'))).toEqual([]);
    expect(readGraphml(bytes.toString('utf8'), name).nodes.length).toBe(shown);
  });

  await test.step('graphology JSON, CSV zip, Cypher and JSON Lines of the view', async () => {
    const json = await exportFile(page, 'json');
    expect(json.name).toMatch(new RegExp(`^newsgraph-view-${DATE}\\.json$`));
    expect(readGraphologyJson(json.bytes.toString('utf8'), json.name).nodes.length).toBe(shown);
    const csv = await exportFile(page, 'csv');
    expect(csv.name).toMatch(new RegExp(`^newsgraph-view-${DATE}\\.zip$`));
    expect(readCsvZip(csv.bytes, csv.name).nodes.length).toBe(shown);
    const cypher = await exportFile(page, 'cypher');
    expect(cypher.name).toMatch(new RegExp(`^newsgraph-view-${DATE}\\.cypher$`));
    expect(readCypherScript(cypher.bytes.toString('utf8'), cypher.name).nodes.length).toBe(shown);
    const jsonl = await exportFile(page, 'jsonl');
    expect(readJsonl(jsonl.bytes.toString('utf8'), jsonl.name).nodes.length).toBe(shown);
  });

  await test.step('PNG and SVG images of the view', async () => {
    const png = await exportFile(page, 'png');
    expect(png.name).toMatch(new RegExp(`^newsgraph-view-${DATE}\\.png$`));
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.length).toBeGreaterThan(1000);
    const svg = await exportFile(page, 'svg');
    expect(svg.name).toMatch(new RegExp(`^newsgraph-view-${DATE}\\.svg$`));
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect((text.match(/<circle /g) ?? []).length).toBe(shown);
  });

  await test.step('the view with its evidence carries sentences, articles and SOURCES', async () => {
    const json = await exportFile(page, 'json', { evidence: true });
    const graph = readGraphologyJson(json.bytes.toString('utf8'), json.name);
    expect(graph.nodes.some((n) => n.labels.includes('Sentence'))).toBe(true);
    expect(graph.nodes.some((n) => n.labels.includes('Article'))).toBe(true);
    const sources = (JSON.parse(json.bytes.toString('utf8')) as { attributes: { sources: unknown[] } }).attributes
      .sources;
    expect(sources.length).toBeGreaterThan(0);
    const csv = await exportFile(page, 'csv', { evidence: true });
    expect(readCsvZip(csv.bytes, csv.name).nodes.some((n) => n.labels.includes('Sentence'))).toBe(true);
  });

  await test.step('the last query result, with the parameters it ran with', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click(); // close the menu
    await page.getByRole('tab', { name: 'Queries' }).click();
    const panel = page.getByRole('region', { name: 'Queries' });
    await panel.getByRole('button', { name: 'Ego network of an actor' }).click();
    const form = panel.getByRole('form', { name: 'Ego network of an actor parameters' });
    await expect(form.getByRole('combobox', { name: 'actor' })).toHaveValue('state:ru');
    await form.getByRole('radio', { name: 'Add to view' }).check();
    await form.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('region', { name: 'Query results' })).toBeVisible();
    const { name, bytes } = await exportFile(page, 'jsonl', { scope: 'Last query result' });
    expect(name).toMatch(new RegExp(`^newsgraph-query-ego-network-${DATE}\\.jsonl$`));
    expect(readJsonl(bytes.toString('utf8'), name).nodes.map((n) => n.key)).toContain('state:ru');
  });

  await test.step('an empty selection says so and downloads nothing', async () => {
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption('json');
    await dialog.getByRole('radio', { name: /^Selection/ }).check();
    await dialog.getByRole('button', { name: /^Download/ }).click();
    await expect(dialog.getByRole('status')).toHaveText(/Nothing is selected/);
  });
});
