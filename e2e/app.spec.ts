import { expect, openWithLibrary, test } from './fixtures/twin';
import { SAMPLE } from './fixtures/sample';

test('the app loads with its three panes and the seeded sample', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await expect(page).toHaveTitle('Copydesk');
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Workspace' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await expect(page.getByTestId('library-story')).toHaveCount(SAMPLE.stories);
  await expect(page.getByRole('contentinfo')).toContainText(`${SAMPLE.copies} copies · ${SAMPLE.stories} stories`);
  // The token went from the address bar to session storage.
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
});

test('selecting a copy shows its text in the workspace and its metadata in the inspector', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await page.getByTestId('library-story').filter({ hasText: SAMPLE.sky.headline }).click();
  await page.getByTestId('library-copy').filter({ hasText: SAMPLE.sky.outlet }).click();

  const view = page.getByTestId('copy-view');
  await expect(view.getByTestId('copy-headline')).toHaveText(SAMPLE.sky.headline);
  await expect(view.getByTestId('copy-paragraph').first()).toContainText(SAMPLE.sky.firstWords);
  await expect(page.getByTestId('library-copy').filter({ hasText: SAMPLE.sky.outlet })).toHaveAttribute('aria-selected', 'true');

  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText(SAMPLE.sky.outlet);
  await expect(inspector).toContainText(SAMPLE.sky.headline);
  await expect(inspector).toContainText('daily8-met-lfr');
});

test('the inspector lists a story’s other versions and opens them', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await page.getByTestId('library-story').filter({ hasText: SAMPLE.lfr.headline }).click();
  await page.getByTestId('library-copy').first().click();
  const versions = page.getByRole('list', { name: 'Versions of this story' }).getByRole('button');
  await expect(versions).toHaveCount(SAMPLE.lfr.versions);
  const other = versions.and(page.locator(':not([aria-current])'));
  const outlet = (await other.locator('.inspector__version-outlet').textContent()) ?? '';
  await other.click();
  await expect(page.getByTestId('copy-view').getByTestId('copy-paragraph').first()).toContainText(SAMPLE.lfr.firstWords);
  await expect(page.getByRole('list', { name: 'Versions of this story' }).locator('[aria-current="true"]')).toContainText(outlet);
});

test('the Compare and Merge tabs say what they will do', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('compare-empty')).toContainText('Compare shows what each outlet changed');
  await page.getByRole('tab', { name: 'Merge' }).click();
  await expect(page.getByTestId('merge-empty')).toContainText('Merge builds one article');
  await expect(page.getByTestId('compare-empty')).toHaveCount(0);
});

test('Help ▸ Load sample store reports that the seeded sample is already there', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'Load sample store' }).click();
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('The sample is already in your library.');
  await expect(page.getByTestId('library-story')).toHaveCount(SAMPLE.stories);
});

test('when the local service stops answering, the library says so plainly', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await twin.stop();
  await page.getByTestId('search').fill('police');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('alert')).toContainText("Copydesk's local service is not answering");
});
