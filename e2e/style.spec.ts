import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { articleBody } from './fixtures/merge';
import { expect, openWithLibrary, test } from './fixtures/twin';
import { openNewerLfrCopy } from './fixtures/sample';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');

const body = articleBody;

/** The sample story merged with the default policy, the Style side tab open. */
async function openStyle(page: Page) {
  await openNewerLfrCopy(page, 'Merge');
  // A fresh store offers to start a draft; after a reload the draft opens by itself.
  const start = page.getByTestId('merge-start');
  await expect(start.or(body(page))).toBeVisible();
  if (await start.isVisible()) await start.getByRole('button', { name: 'Merge 2 versions' }).click();
  await page.getByRole('tab', { name: 'Style' }).click();
  return page.getByRole('region', { name: 'House style' });
}

test('house style: select, apply one, ignore, apply all, switch to US; the fixes and the setting persist', async ({ page, twin }) => {
  // Two loads of the Merge tab and a save on a shared two-core machine.
  test.slow();
  await openWithLibrary(page, twin);
  const panel = await openStyle(page);
  const items = panel.locator('.style-item');
  await expect(items.first()).toBeVisible();
  await expect(panel).toContainText(/points? of UK house style to review/);
  // The sample copy is pasted with straight apostrophes; the body shows them as the outlets printed them.
  await expect(body(page)).toContainText("Met's");
  await page.screenshot({ path: path.join(SCREENSHOTS, 'style-light-1440x900.png') });

  // Clicking a spot selects it in the text.
  // (The headline's points come first and are not in the body: take the first one in the body.)
  const apostrophe = panel.locator('.style-item[data-rule="apostrophes"]').filter({ has: page.locator('button.style-item__spot') }).first();
  await apostrophe.locator('button.style-item__spot').click();
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe("'");

  // Apply one: that point leaves the list.
  const total = await items.count();
  await apostrophe.getByRole('button', { name: 'Apply' }).click();
  await expect(items).toHaveCount(total - 1);

  // Ignore one: it leaves the list until shown again.
  await items.first().getByRole('button', { name: 'Ignore' }).click();
  await expect(items).toHaveCount(total - 2);
  await panel.getByRole('button', { name: 'Show 1 ignored' }).click();
  await expect(items).toHaveCount(total - 1);

  // Apply all: only points with nothing to apply (flags) may remain, and the body has curly quotes.
  await panel.getByRole('button', { name: /^Apply all/ }).click();
  await expect(panel.getByRole('button', { name: 'Apply', exact: true })).toHaveCount(0);
  await expect(body(page)).toContainText('Met’s');
  await expect(body(page)).not.toContainText("Met's");
  await expect(page.getByTestId('merge-save-state')).toHaveText(/^Saved/);

  // US style: the setting is saved, and the single quotes the UK pass made are now points to change.
  await panel.getByRole('button', { name: /^US/ }).click();
  await expect(panel.getByRole('button', { name: /^US/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel).toContainText(/points? of US house style to review/);
  await expect(panel.locator('.style-item[data-rule="typographic-quotes"]').first()).toBeVisible();

  await page.reload();
  const again = await openStyle(page);
  await expect(body(page)).toContainText('Met’s');
  await expect(again.getByRole('button', { name: /^US/ })).toHaveAttribute('aria-pressed', 'true');
});

test('the Style panel has no serious accessibility problems in either theme', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const panel = await openStyle(page);
  await expect(panel.locator('.style-item').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('.style-panel').analyze();
    const severe = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${colorScheme}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(severe).toEqual([]);
  }
  await page.screenshot({ path: path.join(SCREENSHOTS, 'style-dark-1440x900.png') });
});
