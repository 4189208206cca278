import AxeBuilder from '@axe-core/playwright';
import { expect, openWithLibrary, test } from './fixtures/twin';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violation on the main screen', async ({ page, twin }) => {
      await openWithLibrary(page, twin);
      await page.getByTestId('library-story').first().click();
      await page.getByTestId('library-copy').first().click();
      await expect(page.getByTestId('copy-paragraph').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);

      const results = await new AxeBuilder({ page }).analyze();
      const severe = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(severe).toEqual([]);
    });
  });
}
