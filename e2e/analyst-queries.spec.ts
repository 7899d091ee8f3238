/*
 * Queries that are easy to find and use, end to end: the Queries tab shows at start; forms show
 * entity names, not ids; a value outside the header's range (depth 9 where it says 1 to 4) is
 * refused beside the field and by the server; the editor's errors show beside it; Esc in the
 * editor closes completion only, and typing goes on in the editor.
 */
import { expect, test } from '@playwright/test';

test('the Queries tab: names not ids, ranges checked, errors beside the editor, Esc closes completion only', async ({
  page,
}) => {
  await page.goto('/');
  const tab = page.getByRole('tab', { name: 'Queries' });
  await expect(tab).toBeInViewport();
  await tab.click();
  const panel = page.getByRole('region', { name: 'Queries' });
  await expect(panel).toBeInViewport();

  await test.step('the form shows the actor by name, and refuses depth 9 where the header says 1 to 4', async () => {
    await panel.getByRole('button', { name: 'Ego network of an actor' }).click();
    const form = panel.getByRole('form', { name: 'Ego network of an actor parameters' });
    await expect(form.getByRole('combobox', { name: 'actor' })).toHaveValue('Russia');
    await expect(form.getByText('integer, from 1 to 4')).toBeVisible();
    await form.getByRole('spinbutton', { name: 'depth' }).fill('9');
    await expect(form.getByRole('alert')).toHaveText('"depth" must be from 1 to 4, not 9');
    await expect(form.getByRole('button', { name: 'Run' })).toBeDisabled();
    await form.getByRole('spinbutton', { name: 'depth' }).fill('2');
    await expect(form.getByRole('alert')).toHaveCount(0);
    await expect(form.getByRole('button', { name: 'Run' })).toBeEnabled();
  });

  await test.step('the server refuses it too', async () => {
    const response = await page.request.post('/api/queries/ego-network/run', { data: { params: { depth: 9 } } });
    expect(response.status()).toBe(400);
    expect((await response.json()).message).toContain('"depth" must be from 1 to 4, not 9');
  });

  await test.step('Esc in the editor closes the completion only; typing goes on in the editor', async () => {
    await panel.getByRole('button', { name: 'Cypher editor' }).click();
    const editor = page.getByRole('region', { name: 'Cypher editor' });
    await editor.locator('.cm-content').click();
    await page.keyboard.type('MATCH (n:Ent');
    // The completion opens as one types once the editor has the schema; on a busy machine the schema
    // may arrive after the typing, so ask for the completion (Ctrl-Space) if it has not opened.
    const completion = page.locator('.cm-tooltip-autocomplete');
    await expect(async () => {
      if (!(await completion.isVisible())) await page.keyboard.press('Control+Space');
      await expect(completion).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await page.keyboard.press('Escape');
    await expect(page.locator('.cm-tooltip-autocomplete')).toHaveCount(0);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.cm-editor')))).toBe(true);
    await page.keyboard.type('ity) RETURN n.name LIMIT 2 oops');
    await expect(editor.locator('.cm-content')).toHaveText('MATCH (n:Entity) RETURN n.name LIMIT 2 oops');
    await expect(page.getByRole('region', { name: 'Cypher editor' })).toBeVisible();
  });

  await test.step("the editor's error shows beside it", async () => {
    const editor = page.getByRole('region', { name: 'Cypher editor' });
    await editor.getByRole('button', { name: 'Run' }).click();
    const alert = editor.getByRole('alert');
    await expect(alert).toContainText('Neo4j rejected the query');
    await expect(alert).toBeInViewport();
    const box = (await editor.locator('.cm-editor').boundingBox())!;
    const at = (await alert.boundingBox())!;
    expect(at.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
    expect(at.y - (box.y + box.height)).toBeLessThan(40);
    await page.screenshot({ path: 'test-results/analyst-queries.png' });
  });
});
