/*
 * The Queries panel end to end, in Chromium against the real server and the tests' Neo4j with the
 * sample corpus: pick a library query, fill its form (an actor through the entity picker), run it
 * and see the graph and the table; run a table query; have a write refused in the Cypher editor;
 * save a query, find it in the list, and delete it.
 */
import { expect, test, type Page } from '@playwright/test';

/** The "12 nodes · 20 edges" status line as numbers. */
async function nodesInView(page: Page): Promise<number> {
  const text = (await page.getByRole('status', { name: 'Graph summary' }).textContent()) ?? '';
  const match = /(\d+) nodes?/.exec(text);
  return match ? Number(match[1]) : 0;
}

test('pick a query, fill its form, see the graph and the table', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Queries' }).click();
  const panel = page.getByRole('region', { name: 'Queries' });
  await expect(panel.getByRole('list', { name: 'Saved queries' }).getByRole('listitem')).not.toHaveCount(0);

  await test.step('filter the library and pick the ego network', async () => {
    await expect(panel.getByRole('button', { name: 'Most mentioned actors' })).toBeVisible();
    await panel.getByRole('searchbox', { name: 'Filter queries' }).fill('ego network');
    await expect(panel.getByRole('button', { name: 'Most mentioned actors' })).toHaveCount(0);
    await panel.getByRole('button', { name: 'Ego network of an actor' }).click();
  });

  await test.step('fill the form: Vladimir Putin through the entity picker, depth 2', async () => {
    const form = panel.getByRole('form', { name: 'Ego network of an actor parameters' });
    const actor = form.getByRole('combobox', { name: 'actor' });
    await actor.fill('Putin');
    await form.getByRole('option', { name: /Vladimir Putin/ }).click();
    await expect(actor).toHaveValue('Vladimir Putin');
    await form.getByRole('spinbutton', { name: 'depth' }).fill('2');
    await form.getByRole('radio', { name: 'Replace view' }).check();
    await form.getByRole('button', { name: 'Run' }).click();
  });

  await test.step('the graph is in the view and the table lists Kim Jong Un', async () => {
    const results = page.getByRole('region', { name: 'Query results' });
    await expect(results.getByRole('heading', { name: 'Ego network of an actor' })).toBeVisible();
    await expect(results.getByRole('status')).toHaveText(/The view now shows \d+ nodes/);
    await expect(results.getByRole('table')).toBeVisible();
    await expect(results.getByRole('cell', { name: 'Kim Jong Un', exact: true })).toBeVisible();
    await expect(results.getByRole('cell', { name: 'person:vladimir-putin', exact: true })).toBeVisible();
    await expect.poll(() => nodesInView(page)).toBeGreaterThan(5);
    await page.screenshot({ path: 'test-results/queries-ego-network.png' });
  });

  await test.step('a table query: allegations against Russia', async () => {
    await panel.getByRole('searchbox', { name: 'Filter queries' }).fill('allegations against');
    await panel.getByRole('button', { name: 'Allegations against an actor' }).click();
    const form = panel.getByRole('form', { name: 'Allegations against an actor parameters' });
    await expect(form.getByRole('combobox', { name: 'actor' })).toHaveValue('Russia');
    await form.getByRole('button', { name: 'Run' }).click();
    const results = page.getByRole('region', { name: 'Query results' });
    await expect(results.getByRole('heading', { name: 'Allegations against an actor' })).toBeVisible();
    await expect(results.getByRole('columnheader', { name: 'claim' })).toBeVisible();
    await expect(results.getByRole('cell', { name: 'arms transfer' }).first()).toBeVisible();
  });
});

test('the Cypher editor refuses a write, runs a read with a parameter, and saves a query', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Queries' }).click();
  const panel = page.getByRole('region', { name: 'Queries' });
  await panel.getByRole('button', { name: 'Cypher editor' }).click();
  const editor = page.getByRole('region', { name: 'Cypher editor' });
  const text = editor.locator('.cm-content');

  await test.step('a write is refused', async () => {
    await text.click();
    await page.keyboard.type('MATCH (n) DETACH DELETE n');
    await editor.getByRole('button', { name: 'Run' }).click();
    await expect(panel.getByRole('alert')).toHaveText(/Refused: user queries are read-only/);
  });

  await test.step('a read with a parameter fills the table', async () => {
    await text.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.mentionCount AS mentions');
    await editor.getByRole('button', { name: 'Add $id' }).click();
    await editor.getByRole('textbox', { name: 'Parameter 1 value' }).fill('state:kp');
    await editor.getByRole('button', { name: 'Run' }).click();
    const results = page.getByRole('region', { name: 'Query results' });
    await expect(results.getByRole('cell', { name: 'North Korea', exact: true })).toBeVisible();
    await expect(editor.getByRole('list', { name: 'Query history' }).getByRole('button').first()).toHaveText(
      /MATCH \(e:Entity/,
    );
  });

  const title = `e2e mentions ${Date.now()}`;
  await test.step('Save as puts it in the list, for every user', async () => {
    await editor.getByRole('button', { name: 'Save as…' }).click();
    const form = editor.getByRole('form', { name: 'Save query' });
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('combobox', { name: 'Result' }).selectOption('table');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('region', { name: 'Cypher editor' })).toHaveCount(0);
    await panel.getByRole('searchbox', { name: 'Filter queries' }).fill(title);
    await expect(panel.getByRole('button', { name: title })).toBeVisible();
    const saved = panel.getByRole('form', { name: `${title} parameters` });
    await expect(saved.getByRole('combobox', { name: 'id' })).toHaveValue('North Korea');
    await saved.getByRole('button', { name: 'Run' }).click();
    await expect(
      page.getByRole('region', { name: 'Query results' }).getByRole('cell', { name: 'North Korea', exact: true }),
    ).toBeVisible();
  });

  await test.step('and delete it', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await panel
      .getByRole('form', { name: `${title} parameters` })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(panel.getByRole('button', { name: title })).toHaveCount(0);
  });

  await test.step('a long result is capped with a visible note, and a slow query times out with a clear message', async () => {
    await panel.getByRole('button', { name: 'Cypher editor' }).click();
    await text.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('UNWIND range(1, 1500) AS i RETURN i');
    await editor.getByRole('button', { name: 'Run' }).click();
    const results = page.getByRole('region', { name: 'Query results' });
    await expect(results.getByRole('note')).toHaveText(/Truncated: only the first 1000 rows are shown/);
    await text.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)');
    await editor.getByRole('button', { name: 'Run' }).click();
    await expect(panel.getByRole('alert')).toHaveText(/Timed out\. The query ran longer than its time limit of 10 s/, {
      timeout: 30_000,
    });
  });
});
