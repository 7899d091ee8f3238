/*
 * XSS, end to end in Chromium against the real server (with its Content-Security-Policy): an article
 * of our own whose title, outlet, URL and text carry <script>, <img onerror>, <svg onload> and
 * javascript: links is loaded into the tests' Neo4j, and a saved query gets such a title. Every place
 * that shows them (Details, evidence, the source view, the Queries panel, the Cypher editor, exports
 * opened in the browser) shows them as text: no script runs (window.__xss stays 0, no dialog opens)
 * and the page reports no CSP violation. The article and the query are removed afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { GraphDatabase } from '../graph-store/db/graph-database.ts';
import { testTarget } from '../testing/test-database.ts';
import { loadArticles } from '../graph-loader/src/load-articles.ts';
import { removeArticles } from '../graph-loader/src/write/write-graph.ts';

const TITLE = '<img src=x onerror="window.__xss=1">Treaty <script>window.__xss=2</script>';
const OUTLET = '<svg onload="window.__xss=3">Wire';
const SENTENCE_PAYLOAD = '<script>window.__xss=5</script>';
const ARTICLE = [
  `Title: ${TITLE}`,
  `Source: ${OUTLET}`,
  'URL: javascript:window.__xss=4',
  'Date: 2024-06-03',
  '',
  `Liechtenstein and Andorra signed a customs agreement in Vaduz on Monday. ${SENTENCE_PAYLOAD} The deal covers <img src=x onerror="window.__xss=6"> tariffs and <a href="javascript:window.__xss=7">transit</a>.`,
  '',
].join('\n');
const QUERY_TITLE = '<img src=x onerror="window.__xss=8">Liechtenstein query';

let folder: string;
let articleIds: string[] = [];

/** Sets the trap before any page script: window.__xss counts payloads that ran, __csp collects violations. */
async function trap(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __xss: number; __csp: string[] };
    w.__xss = 0;
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
}

async function nothingRan(page: Page): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __xss: number; __csp: string[] };
    return { xss: w.__xss, csp: w.__csp };
  });
  expect(state).toEqual({ xss: 0, csp: [] });
}

test.beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-xss-'));
  writeFileSync(path.join(folder, 'payload.txt'), ARTICLE);
  const db = GraphDatabase.open(testTarget());
  try {
    const summary = await loadArticles(db, [folder]);
    expect(summary.failed).toBe(0);
    articleIds = (
      await db.read<{ id: string }>('MATCH (a:Article) WHERE a.source CONTAINS "onload" RETURN a.id AS id')
    ).map((r) => r.id);
    expect(articleIds).toHaveLength(1);
  } finally {
    await db.close();
  }
});

test.afterAll(async () => {
  const db = GraphDatabase.open(testTarget());
  try {
    await removeArticles(db, articleIds);
  } finally {
    await db.close();
  }
  rmSync(folder, { recursive: true, force: true });
});

test(
  'payloads in titles, outlets, links, text and query names show as text and never run',
  { tag: '@reliability' },
  async ({ page, context, request, baseURL }) => {
    test.setTimeout(240_000);
    await trap(page);
    await page.goto('/');
    await expect(page.getByRole('status', { name: 'Graph summary' })).toHaveText(/[1-9]\d* nodes?/);

    await test.step('Details and evidence: the title, outlet and sentence as text, the source link not javascript:', async () => {
      await page.locator('body').press('/');
      await page.getByRole('combobox', { name: 'Search', exact: true }).fill('Liechtenstein');
      await page
        .getByRole('group', { name: /^Entities/ })
        .getByRole('option', { name: /^Liechtenstein\b/ })
        .click();
      const details = page.getByRole('region', { name: 'Details' });
      await expect(details.getByRole('heading', { name: 'Liechtenstein' })).toBeVisible();
      const evidence = details.getByRole('list', { name: 'Evidence' });
      await expect(evidence).toContainText(SENTENCE_PAYLOAD);
      await expect(evidence).toContainText('<img src=x onerror="window.__xss=6">');
      // The title opens the source in the app; the article's javascript: URL never reaches an href.
      const open = evidence
        .locator('.source')
        .getByRole('button', { name: /^Open the source: / })
        .first();
      await expect(open).toHaveText(TITLE);
      await expect(evidence).toContainText(OUTLET);
      await expect(evidence.locator('.source a')).toHaveCount(0);
      await expect(details.locator('script, img[onerror], svg[onload], a[href^="javascript:" i]')).toHaveCount(0);
      await nothingRan(page);
    });

    await test.step('the source view: the article as text, and its plain-text route not HTML', async () => {
      const open = page
        .getByRole('region', { name: 'Details' })
        .getByRole('list', { name: 'Evidence' })
        .locator('.source')
        .getByRole('button', { name: /^Open the source: / })
        .first();
      const [asked] = await Promise.all([page.waitForRequest(/\/api\/articles\/[0-9a-f]+$/), open.click()]);
      const view = page.getByRole('dialog', { name: /^Source: / });
      await expect(view).toContainText(SENTENCE_PAYLOAD);
      await expect(view.locator('script, img[onerror], svg[onload], a[href^="javascript:" i]')).toHaveCount(0);
      await nothingRan(page);
      const source = await context.newPage();
      await trap(source);
      const response = await source.goto(`${new URL(asked.url()).pathname}/text`);
      expect(response!.headers()['content-type']).toMatch(/^text\/plain/);
      expect(response!.headers()['x-content-type-options']).toBe('nosniff');
      await expect(source.locator('body')).toContainText(SENTENCE_PAYLOAD);
      await nothingRan(source);
      await source.close();
    });

    await test.step('a saved query with a hostile title, in the Queries panel and the Cypher editor', async () => {
      const saved = await request.post('/api/saved-queries', {
        headers: { origin: baseURL! },
        data: {
          title: QUERY_TITLE,
          description: '<script>window.__xss=9</script>',
          cypher:
            "MATCH (e:Entity {id: 'state:li'}) RETURN e.name AS name, '<img src=x onerror=window.__xss=10>' AS html",
          params: [],
          result: 'table',
        },
      });
      expect(saved.status(), await saved.text()).toBe(201);
      const { name } = (await saved.json()) as { name: string };
      try {
        await page.reload();
        await page.getByRole('tab', { name: 'Queries' }).click();
        const panel = page.getByRole('region', { name: 'Queries' });
        await panel.getByRole('searchbox', { name: 'Filter queries' }).fill('Liechtenstein query');
        const button = panel.getByRole('button', { name: QUERY_TITLE });
        await expect(button).toBeVisible();
        await button.click();
        await panel
          .getByRole('form', { name: `${QUERY_TITLE} parameters` })
          .getByRole('button', { name: 'Run' })
          .click();
        const results = page.getByRole('region', { name: 'Query results' });
        await expect(results.getByRole('cell', { name: '<img src=x onerror=window.__xss=10>' })).toBeVisible();
        await panel.getByRole('button', { name: 'Cypher editor' }).click();
        const editor = page.getByRole('region', { name: 'Cypher editor' });
        await editor.locator('.cm-content').click();
        await page.keyboard.type("RETURN '<script>window.__xss=11</script>' AS s");
        await editor.getByRole('button', { name: 'Run' }).click();
        await expect(results.getByRole('cell', { name: '<script>window.__xss=11</script>' })).toBeVisible();
        await expect(page.locator('main, body').first().locator('img[onerror], script:not([src])')).toHaveCount(0);
        await nothingRan(page);
      } finally {
        await request.delete(`/api/saved-queries/${encodeURIComponent(name)}`, { headers: { origin: baseURL! } });
      }
    });

    await test.step('exports of the node with its evidence, opened in the browser', async () => {
      for (const format of ['gexf', 'graphml', 'json']) {
        const response = await request.post('/api/export', {
          headers: { origin: baseURL! },
          data: { scope: { kind: 'node', id: 'state:li', depth: 1 }, format, withEvidence: true },
        });
        expect(response.status(), await response.text()).toBe(200);
        const body = await response.text();
        expect(body).toContain('Treaty');
        const file = path.join(folder, `export.${format === 'json' ? 'json' : `${format}.xml`}`);
        writeFileSync(file, body);
        const opened = await context.newPage();
        await trap(opened);
        await opened.goto(`file://${file}`);
        await nothingRan(opened);
        await opened.close();
      }
    });
  },
);
