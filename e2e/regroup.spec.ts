import type { Page } from '@playwright/test';
import { expect, openWithLibrary, test } from './fixtures/twin';
import { openMoveSkyCopy, SAMPLE } from './fixtures/sample';

const skyStory = (page: Page) => page.getByTestId('library-story').filter({ hasText: SAMPLE.sky.headline });
const lfrStory = (page: Page) => page.getByTestId('library-story').filter({ hasText: SAMPLE.lfr.headline });

test('Move to story… puts a copy into another story, selected there, and it stays after a reload', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const dialog = await openMoveSkyCopy(page);
  await expect(dialog.getByRole('option', { name: /New story of its own/ })).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Story to move the copy to' }).fill('facial recog');
  await expect(dialog.getByRole('option')).toHaveCount(2);
  await dialog.getByRole('option', { name: SAMPLE.lfr.headline }).click();
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  await expect(lfrStory(page)).toContainText(`${SAMPLE.lfr.versions + 1} versions`);
  await expect(page.getByTestId('library-story')).toHaveCount(SAMPLE.stories - 1);
  await expect(page.getByTestId('library-copy').filter({ hasText: SAMPLE.sky.outlet })).toHaveAttribute('aria-selected', 'true');

  await page.reload();
  await lfrStory(page).click();
  await expect(page.getByTestId('library-copy').filter({ hasText: SAMPLE.sky.outlet })).toHaveCount(1);
  await expect(lfrStory(page)).toContainText(`${SAMPLE.lfr.versions + 1} versions`);
});

test('split versions off a story, then join the stories again', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await lfrStory(page).getByRole('button', { name: /^Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Split selected versions off…' }).click();
  const split = page.getByRole('dialog', { name: 'Split versions off' });
  const boxes = split.getByRole('checkbox');
  await expect(boxes).toHaveCount(SAMPLE.lfr.versions);
  await boxes.first().check();
  await split.getByRole('button', { name: 'Split off' }).click();
  await expect(split).toHaveCount(0);
  await expect(page.getByTestId('library-story')).toHaveCount(SAMPLE.stories + 1);
  await expect(lfrStory(page)).toHaveCount(2);

  await lfrStory(page).first().focus();
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: 'Join with…' }).click();
  const join = page.getByRole('dialog', { name: 'Join with another story' });
  await join.getByRole('combobox', { name: 'Story to join with' }).fill('facial');
  await expect(join.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(join).toHaveCount(0);
  await expect(page.getByTestId('library-story')).toHaveCount(SAMPLE.stories);
  await expect(lfrStory(page)).toContainText(`${SAMPLE.lfr.versions} versions`);
});

test('dragging a copy onto another story moves it there', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await skyStory(page).click();
  await page.getByTestId('library-copy').filter({ hasText: SAMPLE.sky.outlet }).dragTo(lfrStory(page));
  await expect(lfrStory(page)).toContainText(`${SAMPLE.lfr.versions + 1} versions`);
  await expect(page.getByTestId('library-story')).toHaveCount(SAMPLE.stories - 1);
});

test('Delete on a copy asks first, then removes it from the library', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await skyStory(page).click();
  const sky = page.getByTestId('library-copy').filter({ hasText: SAMPLE.sky.outlet });
  await sky.click();
  await expect(page.getByTestId('copy-headline')).toHaveText(SAMPLE.sky.headline);
  await sky.focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete this copy?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toContainText(`${SAMPLE.copies - 1} copies`);
  await expect(page.getByTestId('library-copy').filter({ hasText: SAMPLE.sky.outlet })).toHaveCount(0);
  await expect(page.getByText('No copy open')).toBeVisible();
});
