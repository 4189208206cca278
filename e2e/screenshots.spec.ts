import path from 'node:path';
import { expect, openWithLibrary, test } from './fixtures/twin';

// Not assertions about pixels: pictures of the main screen for a person to look at after a UI change.
const DIR = path.resolve(import.meta.dirname, '../test-results/screenshots');
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of SIZES) {
    test(`main screen, ${colorScheme}, ${viewport.width}×${viewport.height}`, async ({ page, twin }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await openWithLibrary(page, twin);
      await page.getByTestId('library-story').first().click();
      await page.getByTestId('library-copy').first().click();
      await expect(page.getByTestId('copy-paragraph').first()).toBeVisible();
      await page.screenshot({ path: path.join(DIR, `main-${colorScheme}-${viewport.width}x${viewport.height}.png`) });
    });
  }
}
