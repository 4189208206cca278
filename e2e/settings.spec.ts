import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { callThroughApi } from './fixtures/apiImport';
import { importSummary } from './fixtures/importFiles';
import { expect, openWithLibrary, test } from './fixtures/twin';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');
const MB = 1024 * 1024;

/** About 2 MB of plain wire text: over a 1 MB limit, far under the default 50 MB. */
const twoMegabytes = () => {
  const paragraph = 'The harbour bridge will close for six weeks of repairs from Monday, the port authority said in a statement.\n\n';
  return Buffer.from(`Harbour bridge to close\n\n${paragraph.repeat(Math.ceil((2 * MB) / paragraph.length))}`, 'utf8');
};

// Edit ▸ Preferences… (Ctrl/⌘+,): the limits in human units, checked as typed; once saved, an import over the
// size limit is refused with the limit named, and a draft saved again and again keeps no more revisions than set.
test('Preferences sets the import limit and the revisions kept, and both hold', async ({ page, twin }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWithLibrary(page, twin);

  // The Keyboard Shortcuts dialog lists the key.
  await page.getByTestId('library-story').first().focus();
  await page.keyboard.press('Shift+?');
  const shortcuts = page.getByTestId('shortcuts-dialog');
  await expect(shortcuts.getByRole('row').filter({ hasText: 'Preferences…' })).toContainText('Ctrl+,');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);

  // The twin's menu has it, like the desktop menu; the shortcut opens the same dialog.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('menuitem', { name: /Preferences…/ }).click();
  const dialog = page.getByTestId('preferences-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('Control+,');
  await expect(dialog).toBeVisible();

  const size = dialog.getByLabel('Maximum import size');
  const budget = dialog.getByLabel('Diff time budget');
  const kept = dialog.getByLabel('Revisions kept');
  await expect(size).toBeFocused();
  await expect(size).toHaveValue('50');
  await expect(budget).toHaveValue('250');
  await expect(kept).toHaveValue('50');

  // Checked as typed, in the field's unit, with the range named; Save refuses and goes to the field.
  await kept.fill('2');
  await expect(kept).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert')).toHaveText('Revisions kept must be a whole number from 5 to 500.');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'preferences-invalid-light-1440x900.png') });
  await size.fill('1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(kept).toBeFocused();
  await expect(dialog).toBeVisible();

  // Restore defaults fills the form only; the values typed after it are what Save sends.
  await dialog.getByRole('button', { name: 'Restore defaults' }).click();
  await expect(size).toHaveValue('50');
  await expect(kept).toHaveValue('50');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await size.fill('1');
  await kept.fill('5');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'preferences-light-1440x900.png') });
  const results = await new AxeBuilder({ page }).include('[data-testid="preferences-dialog"]').analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(severe).toEqual([]);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('Preferences saved.');
  expect(await callThroughApi(page, 'settings.get', {})).toMatchObject({ maxImportBytes: MB, revisionsKept: 5, diffBudgetMs: 250 });

  // A 2 MB file through the UI is refused before it is sent, and through the API by the services: both name the limit.
  await page.getByTestId('import-files-input').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: twoMegabytes() });
  const failure = (await importSummary(page)).getByTestId('import-failure');
  await expect(failure).toContainText('big.txt');
  await expect(failure).toContainText('2.0 MB is over the 1.0 MB import limit (Settings)');
  const report = await callThroughApi(page, 'import.files', { files: [{ name: 'big.txt', dataBase64: twoMegabytes().toString('base64') }] });
  expect(report.imported).toEqual([]);
  expect(report.failed).toEqual([{ source: 'big.txt', message: expect.stringContaining('over the 1.0 MB import limit') }]);
  await page.getByRole('button', { name: 'Close the import summary' }).click();

  // A draft saved again and again: its revisions list never holds more than five.
  const { stories } = await callThroughApi(page, 'library.list', {});
  let draft = await callThroughApi(page, 'drafts.fromStory', { storyId: stories[0]!.id });
  for (let i = 1; i <= 8; i += 1) {
    const { id, storyId, title, content, text, revision } = draft;
    draft = await callThroughApi(page, 'drafts.save', { id, storyId, title: `${title.replace(/ \(\d+\)$/, '')} (${i})`, content, text, baseRevision: revision, checkpoint: true });
    expect((await callThroughApi(page, 'drafts.revisions', { id })).length).toBeLessThanOrEqual(5);
  }
  await page.getByTestId('library-draft').first().click();
  await page.getByRole('tab', { name: 'Revisions' }).click();
  const revisions = page.getByTestId('revision');
  await expect(revisions).toHaveCount(5);
  await expect(revisions.first()).toHaveAttribute('data-revision', String(draft.revision));
});
