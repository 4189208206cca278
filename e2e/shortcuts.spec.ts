import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { API_PATH_PREFIX } from '../shared/api/http';
import { expect, openWithLibrary, test } from './fixtures/twin';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');

test('? opens the Keyboard Shortcuts dialog, grouped, with Ctrl keys on Linux', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await page.getByTestId('library-story').first().focus();
  await page.keyboard.press('Shift+?');
  const dialog = page.getByTestId('shortcuts-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();

  for (const group of ['Library', 'Tabs', 'Editor', 'Find', 'Merge', 'Export']) {
    await expect(dialog.locator('caption', { hasText: new RegExp(`^${group}$`) })).toHaveCount(1);
  }
  const row = (action: string) => dialog.getByRole('row', { name: new RegExp(`^${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await expect(row('Export Many…')).toContainText('Ctrl+Shift+E');
  await expect(row('Show Compare')).toContainText('Ctrl+2');
  await expect(row('Bold')).toContainText('Ctrl+B');
  // The twin has no native menu: keys only the desktop menu handles are left out.
  await expect(row('Import files…')).toHaveCount(0);

  const results = await new AxeBuilder({ page }).include('[data-testid="shortcuts-dialog"]').analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(severe).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'shortcuts-dialog-light.png') });

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('library-story').first()).toBeFocused();
});

test('Ctrl+/ opens it from a text field, where ? only types', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const search = page.getByTestId('search');
  await search.focus();
  await page.keyboard.type('?');
  await expect(search).toHaveValue('?');
  await expect(page.getByTestId('shortcuts-dialog')).toHaveCount(0);
  await page.keyboard.press('Control+/');
  await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the Help menu opens it too', async ({ page, twin }) => {
    await openWithLibrary(page, twin);
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('menuitem', { name: /Keyboard shortcuts/ }).click();
    await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shortcuts-dialog-dark.png') });
  });
});

test('on macOS the keys are written with ⌘, ⌥ and ⇧', async ({ page, twin }) => {
  // The dialog follows AppInfo.platform: the services' answer is changed to a Mac's on its way to the page.
  await page.route(`**${API_PATH_PREFIX}app.info`, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value: { platform: string } };
    await route.fulfill({ response, json: { ...body, value: { ...body.value, platform: 'darwin' } } });
  });
  await openWithLibrary(page, twin);
  await page.getByTestId('library-story').first().focus();
  await page.keyboard.press('Shift+?');
  const dialog = page.getByTestId('shortcuts-dialog');
  await expect(dialog.getByRole('row', { name: /^Export Many…/ })).toContainText('⇧⌘E');
  await expect(dialog.getByRole('row', { name: /^Find and replace/ })).toContainText('⌥⌘F');
  await expect(dialog.getByRole('row', { name: /^Keyboard shortcuts/ })).not.toContainText('F1');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'shortcuts-dialog-mac.png') });
});
