import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openWithLibrary, test } from './fixtures/twin';
import { SAMPLE } from './fixtures/sample';
import { FILES, fileFromDisk, generatedWireFiles, importSummary, pngNamedTxt } from './fixtures/importFiles';

// Pictures of every import and regroup screen for a person to look at, plus axe on each in both themes.
const DIR = path.resolve(import.meta.dirname, '../test-results/screenshots');

async function noSeriousViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(severe).toEqual([]);
}

/** A drag of files from the desktop, as the page sees it. */
async function dragFilesOver(page: Page, names: string[]) {
  const data = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const name of list) transfer.items.add(new File([`${name} body`], name, { type: 'text/plain' }));
    return transfer;
  }, names);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: data });
  return data;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    const shot = (page: Page, name: string) => page.screenshot({ path: path.join(DIR, `${name}-${colorScheme}.png`) });

    test('import screens: paste preview, progress, summary, drop overlay', async ({ page, twin }) => {
      test.setTimeout(120_000);
      await openWithLibrary(page, twin);

      await page.getByRole('button', { name: 'Import' }).click();
      await expect(page.getByRole('menu', { name: 'Import' })).toBeVisible();
      await shot(page, 'import-menu');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Import' }).click();
      await page.getByRole('menuitem', { name: 'Paste from clipboard…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import from the clipboard' });
      await dialog.getByRole('textbox', { name: 'Pasted text' }).fill(await readFile(FILES.aggregator.path, 'utf8'));
      await expect(dialog.getByTestId('paste-preview-article')).toHaveCount(2);
      await shot(page, 'paste-dialog');
      await noSeriousViolations(page, 'paste dialog');
      await page.keyboard.press('Escape');

      await page.getByTestId('import-files-input').setInputFiles(generatedWireFiles(120));
      const progress = page.getByTestId('import-progress');
      await expect(progress).toContainText(/Importing \d+ of 120 files/);
      await shot(page, 'import-progress');
      await noSeriousViolations(page, 'import progress');
      await importSummary(page);

      await page.getByRole('button', { name: 'Close the import summary' }).click();
      await page.getByTestId('import-files-input').setInputFiles([fileFromDisk(FILES.markdown.path), fileFromDisk(FILES.ninjs.path), pngNamedTxt('scan.txt'), generatedWireFiles(1)[0]!]);
      const summary = await importSummary(page);
      await expect(summary.getByTestId('import-failure')).toHaveCount(1);
      await shot(page, 'import-summary');
      await noSeriousViolations(page, 'import summary');

      await dragFilesOver(page, ['one.txt', 'two.md']);
      await expect(page.getByTestId('drop-overlay')).toContainText('Drop to import 2 files');
      await shot(page, 'drop-overlay');
    });

    test('regroup screens: row menu, move, split, delete, removed lines', async ({ page, twin }) => {
      await openWithLibrary(page, twin);
      const story = page.getByTestId('library-story').filter({ hasText: SAMPLE.lfr.headline });
      await story.click();
      const copy = page.getByTestId('library-copy').first();
      await copy.click();
      await copy.click({ button: 'right' });
      await expect(page.getByRole('menu', { name: 'Copy actions' })).toBeVisible();
      await shot(page, 'copy-menu');
      await page.getByRole('menuitem', { name: 'Move to story…' }).click();
      const move = page.getByRole('dialog', { name: 'Move to story' });
      await move.getByRole('option').nth(1).click();
      await shot(page, 'move-dialog');
      await noSeriousViolations(page, 'move dialog');
      await page.keyboard.press('Escape');
      await expect(move).toHaveCount(0);

      await story.getByRole('button', { name: /^Actions for/ }).click();
      await page.getByRole('menuitem', { name: 'Split selected versions off…' }).click();
      const split = page.getByRole('dialog', { name: 'Split versions off' });
      await split.getByRole('checkbox').first().check();
      await shot(page, 'split-dialog');
      await noSeriousViolations(page, 'split dialog');
      await page.keyboard.press('Escape');

      await copy.focus();
      await page.keyboard.press('Delete');
      await expect(page.getByRole('dialog', { name: 'Delete this copy?' })).toBeVisible();
      await shot(page, 'delete-dialog');
      await noSeriousViolations(page, 'delete dialog');
      await page.keyboard.press('Escape');

      await page.getByTestId('copy-view').locator('summary').click();
      await expect(page.getByTestId('removed-line').first()).toBeVisible();
      await page.getByTestId('removed-line').first().scrollIntoViewIfNeeded();
      await shot(page, 'removed-lines');
      await noSeriousViolations(page, 'removed lines');
    });
  });
}
