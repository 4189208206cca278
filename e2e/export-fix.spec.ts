import path from 'node:path';
import { articleBody } from './fixtures/merge';
import { openNewerLfrCopy, SAMPLE } from './fixtures/sample';
import { expect, openWithLibrary, test } from './fixtures/twin';

// "Fix N problems" in the export dialog, in the browser twin: the sample story merged, the check's fixes made in
// one click (by keyboard), the dialog still open with what is left, the editor showing the fixed text, and the
// text before the fix kept in the Revisions panel. Screenshot to test-results/screenshots.
const SCREENSHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');

const straightApostrophes = (text: string) => (text.match(/\p{L}'\p{L}/gu) ?? []).length;

test('fix every fixable export problem of the sample merge in one click, keeping the text before it', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await openNewerLfrCopy(page, 'Merge');
  await page.getByTestId('merge-start').getByRole('button', { name: 'Merge 2 versions' }).click();
  await expect(articleBody(page)).toContainText(SAMPLE.lfr.firstWords);
  expect(straightApostrophes(await articleBody(page).innerText())).toBeGreaterThan(0);

  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  const check = dialog.getByTestId('export-check');
  await expect(check).toHaveAttribute('aria-busy', 'false');
  const problems = dialog.getByTestId('export-problem');
  const found = await problems.count();
  const fixButton = dialog.getByTestId('export-fix');
  const fixable = Number(/^Fix (\d+) problems?$/.exec((await fixButton.innerText()).trim())?.[1]);
  expect(fixable).toBeGreaterThan(10);
  expect(fixable).toBeLessThanOrEqual(found);

  // A waived problem is the editor's call: the fix leaves it, and the waiver outlives the reload.
  const waivedExcerpt = await problems.first().locator('q').innerText();
  await problems.first().getByRole('checkbox', { name: 'Waive' }).check();
  await expect(fixButton).toHaveText(`Fix ${fixable - 1} problems`);

  // By keyboard: the button is reached and pressed like any other.
  await fixButton.focus();
  await page.keyboard.press('Enter');
  const outcome = dialog.getByTestId('export-fix-outcome');
  const needYou = found - fixable;
  await expect(outcome).toHaveText(needYou === 0 ? `Fixed ${fixable - 1} · nothing left to do` : `Fixed ${fixable - 1} · ${needYou} need${needYou === 1 ? 's' : ''} you`);
  await expect(outcome).toBeFocused();
  await expect(dialog).toBeVisible();
  await expect(problems).toHaveCount(needYou + 1);
  await expect(problems.first().locator('q')).toHaveText(waivedExcerpt);
  await expect(problems.first().getByRole('checkbox', { name: 'Waive' })).toBeChecked();
  await expect(fixButton).toBeHidden();
  await expect(check).toContainText(`${needYou} open`);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'export-fix-light-1440x900.png') });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(articleBody(page)).toContainText('’');
  expect(straightApostrophes(await articleBody(page).innerText())).toBe(0);

  // The merge as it was before the fix is a kept revision, one below the fixed one.
  await page.getByRole('tab', { name: 'Revisions' }).click();
  const revisions = page.getByTestId('revision');
  await expect(revisions).toHaveCount(2);
  await expect(revisions.first()).toHaveAttribute('data-revision', '2');
  await expect(revisions.nth(1)).toHaveAttribute('data-reason', 'created');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'export-fix-revisions-light-1440x900.png') });
});
