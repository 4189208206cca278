import { expect, openWithLibrary, test } from './fixtures/twin';
import { SAMPLE } from './fixtures/sample';

test('search narrows the library to matching copies', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await page.getByTestId('search').fill('Caroline Flack');
  await expect(page.getByTestId('library-story')).toHaveCount(1);
  await expect(page.getByTestId('library-copy')).toHaveCount(1);
  await expect(page.getByTestId('library-copy')).toContainText(SAMPLE.sky.outlet);

  await page.getByTestId('search').fill('no such words anywhere zzqx');
  await expect(page.getByText('No copies match')).toBeVisible();
  await expect(page.getByTestId('library-story')).toHaveCount(0);

  await page.getByTestId('search').fill('');
  await expect(page.getByTestId('library-story')).toHaveCount(SAMPLE.stories);
});

test('the outlet filter lists every outlet and narrows the library to one', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const filter = page.getByTestId('outlet-filter');
  await expect(filter.locator('option')).toHaveText(['All outlets', ...SAMPLE.outlets]);
  await filter.selectOption('Sky News');
  await expect(page.getByTestId('library-copy')).toHaveCount(1);
  await expect(page.getByTestId('library-copy')).toContainText('Sky News');
  await filter.selectOption('North Wales Chronicle');
  const copies = page.getByTestId('library-copy');
  await expect(copies).toHaveCount(2);
  for (const copy of await copies.all()) await expect(copy).toContainText('North Wales Chronicle');
  await filter.selectOption('');
  await expect(page.getByTestId('library-story')).toHaveCount(SAMPLE.stories);
});
