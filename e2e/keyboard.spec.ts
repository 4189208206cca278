import { expect, openWithLibrary, test } from './fixtures/twin';

test('Ctrl+F focuses the search box', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await page.getByTestId('library-story').first().click();
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('search')).toBeFocused();
});

test('↓ and Enter expand a story and open its first copy', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const firstStory = page.getByTestId('library-story').first();
  await firstStory.focus();
  await page.keyboard.press('Enter');
  await expect(firstStory).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const firstCopy = page.getByTestId('library-copy').first();
  await expect(firstCopy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(firstCopy).toHaveAttribute('aria-selected', 'true');
  const headline = (await firstCopy.locator('.copy-row__headline').textContent()) ?? '';
  await expect(page.getByTestId('copy-headline')).toHaveText(headline);
  await expect(page.getByTestId('copy-paragraph').first()).toBeVisible();
});

test('Ctrl+1/2/3 switch the workspace tabs', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('tab', { name: 'Merge' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('tab', { name: 'Copy' })).toHaveAttribute('aria-selected', 'true');
});

test('the View menu works from the keyboard and gives focus back when closed', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const view = page.getByRole('button', { name: 'View' });
  await view.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'View' })).toBeVisible();
  await expect(page.getByRole('menuitemradio', { name: 'Match system' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'View' })).toHaveCount(0);
  await expect(view).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
