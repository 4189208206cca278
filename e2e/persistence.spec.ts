import { expect, openWithLibrary, startTwin, test } from './fixtures/twin';
import { SAMPLE } from './fixtures/sample';

test('the store survives a restart: the theme chosen and the library are still there', async ({ page, twin, dataDir }) => {
  await openWithLibrary(page, twin);
  await page.getByRole('button', { name: 'View' }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await twin.stop();

  const again = await startTwin(dataDir);
  try {
    await openWithLibrary(page, again);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'View' }).click();
    await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
    // Seeded once: the restart neither lost the sample nor imported it a second time.
    await expect(page.getByTestId('library-story')).toHaveCount(SAMPLE.stories);
    await expect(page.getByRole('contentinfo')).toContainText(`${SAMPLE.copies} copies`);
  } finally {
    await again.stop();
  }
});
