import { callThroughApi } from './fixtures/apiImport';
import { SAMPLE } from './fixtures/sample';
import { expect, openWithLibrary, test } from './fixtures/twin';

// Drafts in the library: listed with their status, opened in the Merge tab from the keyboard, marked ready
// from the row menu, found by title, and deleted — which also closes the draft the Merge tab was showing.
test('drafts list with status, open in Merge, mark ready, search and delete', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const { stories } = await callThroughApi(page, 'library.list', {});
  const lfr = stories.find((s) => SAMPLE.lfr.headline.test(s.headline ?? ''))!;
  const sky = stories.find((s) => s.headline === SAMPLE.sky.headline)!;
  await callThroughApi(page, 'drafts.fromStory', { storyId: lfr.id });
  await callThroughApi(page, 'drafts.fromStory', { storyId: sky.id });

  const rows = page.getByTestId('library-draft');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByTestId('draft-status')).toHaveText('Draft');

  // ↓ from the Drafts heading reaches the first draft; Enter opens it in the Merge tab.
  const skyRow = rows.filter({ hasText: 'Caroline Flack' });
  await page.getByTestId('library-drafts').focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.first()).toBeFocused();
  await skyRow.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Merge' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('merge').locator('.passage').first()).toContainText(SAMPLE.sky.firstWords);

  // The row menu (Shift+F10) marks it ready; the library shows the new status.
  await skyRow.focus();
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: 'Mark ready' }).click();
  await expect(skyRow.getByTestId('draft-status')).toHaveText('Ready');

  // Search finds drafts by title.
  await page.getByTestId('search').fill('flack');
  await expect(rows).toHaveCount(1);
  await page.getByTestId('search').fill('');
  await expect(rows).toHaveCount(2);

  // Deleting the open draft (Delete, confirmed) takes it out of the library and out of the Merge tab.
  await skyRow.focus();
  await page.keyboard.press('Delete');
  await page.getByTestId('delete-draft-dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('merge')).toHaveCount(0);
  await expect(page.getByTestId('merge-empty')).toBeVisible();
});
