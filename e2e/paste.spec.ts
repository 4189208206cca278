import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openWithLibrary, test } from './fixtures/twin';
import { SAMPLE } from './fixtures/sample';
import { FILES, generatedWireFiles, importSummary } from './fixtures/importFiles';

/** What Ctrl/⌘+V delivers: a paste event carrying the clipboard's text, aimed at the focused element. */
async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().focus();
  await page.evaluate(
    ([target, value]) => {
      const data = new DataTransfer();
      data.setData('text/plain', value!);
      document.querySelector(target!)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [selector, text],
  );
}

test('Ctrl+V on the library previews the pasted page, then imports it', async ({ page, twin }) => {
  const text = await readFile(FILES.aggregator.path, 'utf8');
  await openWithLibrary(page, twin);
  await pasteInto(page, '[data-testid="library-story"]', text);

  const dialog = page.getByRole('dialog', { name: 'Import from the clipboard' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Pasted text' })).toHaveValue(text);
  const articles = dialog.getByTestId('paste-preview-article');
  await expect(articles).toHaveCount(2);
  await expect(articles.first()).toContainText('Coastline Gazette · 3 hours ago');
  await expect(articles.first()).toContainText(FILES.aggregator.headline);
  await expect(articles.first()).toContainText('8 paragraphs');
  await expect(dialog.getByTestId('paste-preview-chrome')).toHaveText(/^\d+ lines of page chrome will be removed\.$/);

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const summary = await importSummary(page);
  await expect(summary).toContainText('Imported 2 copies.');
  await expect(page.getByRole('contentinfo')).toContainText(`${SAMPLE.copies + 2} copies`);
  await expect(page.getByTestId('library-story').filter({ hasText: FILES.aggregator.headline })).toHaveCount(1);
});

test('a paste into the search box stays there', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await pasteInto(page, '[data-testid="search"]', 'Some words');
  await page.waitForTimeout(300);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('Import ▸ Paste from clipboard… takes typed text, and Escape closes it with focus back on the menu', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const menu = page.getByRole('button', { name: 'Import' });
  await menu.click();
  await page.getByRole('menuitem', { name: 'Paste from clipboard…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from the clipboard' });
  const textbox = dialog.getByRole('textbox', { name: 'Pasted text' });
  await expect(textbox).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  const [typed] = generatedWireFiles(1);
  await textbox.fill(typed!.buffer.toString('utf8'));
  await expect(dialog.getByTestId('paste-preview-article')).toHaveCount(1);
  await expect(dialog.getByTestId('paste-preview-article')).toContainText('Kelmouth council approves ferry timetable plan number 1');
  await expect(dialog.getByTestId('paste-preview-article')).toContainText('4 paragraphs');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(menu).toBeFocused();
  await expect(page.getByRole('contentinfo')).toContainText(`${SAMPLE.copies} copies`);
});

test('a removed line of page chrome can be restored into the copy', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await page.getByTestId('import-files-input').setInputFiles(FILES.aggregator.path);
  await importSummary(page);
  await page.getByRole('button', { name: 'Close the import summary' }).click();
  await page.getByTestId('library-story').filter({ hasText: FILES.aggregator.headline }).click();
  await page.getByTestId('library-copy').filter({ hasText: 'Coastline Gazette' }).click();

  const view = page.getByTestId('copy-view');
  const disclosure = view.locator('summary');
  const before = Number(/^(\d+)/.exec((await disclosure.textContent()) ?? '')?.[1]);
  expect(before).toBeGreaterThan(0);
  await disclosure.click();
  const lines = view.getByTestId('removed-line');
  await expect(lines).toHaveCount(before);
  const line = lines.last();
  const text = ((await line.locator('.removed-lines__text').textContent()) ?? '').trim();
  await line.getByRole('button', { name: /^Restore/ }).click();

  await expect(lines).toHaveCount(before - 1);
  await expect(disclosure).toContainText(`${before - 1} ${before - 1 === 1 ? 'line' : 'lines'} of page chrome removed`);
  await expect(view.getByTestId('copy-paragraph').filter({ hasText: text }).first()).toBeVisible();

  // Stored, not only shown: still there after a reload.
  await page.reload();
  await page.getByTestId('library-story').filter({ hasText: FILES.aggregator.headline }).click();
  await page.getByTestId('library-copy').filter({ hasText: 'Coastline Gazette' }).click();
  await expect(page.getByTestId('copy-paragraph').filter({ hasText: text }).first()).toBeVisible();
});
