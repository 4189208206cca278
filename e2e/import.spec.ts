import { expect, openWithLibrary, test } from './fixtures/twin';
import { SAMPLE } from './fixtures/sample';
import { FILES, generatedWireFiles, importSummary, importThroughMenu, pngNamedTxt } from './fixtures/importFiles';

const ALL = Object.values(FILES);
const ALL_COPIES = ALL.reduce((sum, f) => sum + f.copies, 0);

test('files chosen through Import ▸ Import files… are imported, summarised and listed', async ({ page, twin }) => {
  test.setTimeout(120_000);
  await openWithLibrary(page, twin);
  await importThroughMenu(
    page,
    ALL.map((f) => f.path),
  );
  const summary = await importSummary(page);
  await expect(summary).toContainText('Import finished');
  await expect(summary).toContainText(`Imported ${ALL_COPIES} copies.`);
  const imported = summary.getByRole('region', { name: 'Imported' });
  for (const file of ALL) await expect(imported).toContainText(file.headline);
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText(`Imported ${ALL_COPIES} copies.`);

  await expect(page.getByRole('contentinfo')).toContainText(`${SAMPLE.copies + ALL_COPIES} copies`);
  for (const file of [FILES.aggregator, FILES.markdown, FILES.ninjs]) {
    await expect(page.getByTestId('library-story').filter({ hasText: file.headline })).toHaveCount(1);
  }

  // Each imported copy is one click away.
  await imported.getByRole('button', { name: FILES.markdown.headline }).click();
  await expect(page.getByTestId('copy-headline')).toHaveText(FILES.markdown.headline);
  await expect(page.getByTestId('library-copy').filter({ hasText: FILES.markdown.headline })).toHaveAttribute('aria-selected', 'true');
});

test('importing the same file again reports a duplicate that links to the copy already kept', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const input = page.getByTestId('import-files-input');
  await input.setInputFiles(FILES.markdown.path);
  await expect(await importSummary(page)).toContainText('Imported 1 copy.');
  await page.getByRole('button', { name: 'Close the import summary' }).click();

  await input.setInputFiles(FILES.markdown.path);
  const summary = await importSummary(page);
  await expect(summary).toContainText('1 copy was already in the library.');
  const duplicates = summary.getByRole('region', { name: 'Already in the library' });
  await expect(duplicates).toContainText('council-budget.md');
  await expect(duplicates).toContainText('already in the library as');
  await duplicates.getByRole('button', { name: `“${FILES.markdown.headline}”` }).click();
  await expect(page.getByTestId('copy-headline')).toHaveText(FILES.markdown.headline);
  await expect(page.getByRole('contentinfo')).toContainText(`${SAMPLE.copies + 1} copies`);
});

test('an image named .txt is listed as failed with its reason while the other files import', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await page.getByTestId('import-files-input').setInputFiles([pngNamedTxt('photo.txt'), ...generatedWireFiles(2)]);
  const summary = await importSummary(page);
  await expect(summary).toContainText('Imported 2 copies.');
  const failure = summary.getByTestId('import-failure');
  await expect(failure).toHaveCount(1);
  await expect(failure).toContainText('photo.txt');
  const reason = (await failure.locator('.import-summary__detail').textContent()) ?? '';
  expect(reason.length).toBeGreaterThan(10);
  console.log(`Reason given for the image named .txt: ${reason}`);

  // The status bar points at the problem even after the summary is closed, and brings it back.
  await page.getByRole('button', { name: 'Close the import summary' }).click();
  const problem = page.getByTestId('status-problem');
  await expect(problem).toHaveText('1 file could not be imported — details');
  await problem.click();
  await expect(page.getByRole('region', { name: 'Import', exact: true })).toBeFocused();
  await expect(page.getByTestId('import-failure')).toContainText('photo.txt');
});

test('Cancel during a batch of 200 files stops sending and says the import was cancelled', async ({ page, twin }) => {
  test.setTimeout(120_000);
  await openWithLibrary(page, twin);
  await page.getByTestId('import-files-input').setInputFiles(generatedWireFiles(200));
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuemax', '200');
  await progress.getByRole('button', { name: 'Cancel' }).click();

  const summary = await importSummary(page);
  await expect(summary).toContainText('Import cancelled');
  await expect(summary).toContainText('the files not yet sent were left out');
  const status = (await page.getByRole('contentinfo').textContent()) ?? '';
  const stored = Number(/([\d,]+) copies ·/.exec(status)?.[1]?.replace(/,/g, '') ?? 'NaN');
  console.log(`Copies stored when the cancel took effect: ${stored - SAMPLE.copies} of 200`);
  expect(stored - SAMPLE.copies).toBeLessThan(200);
});

test('files dropped on the window are imported, with an overlay saying what letting go does', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const [first, second] = generatedWireFiles(2, 'dropped');
  const data = await page.evaluateHandle(
    (files) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      return transfer;
    },
    [first!, second!].map((f) => ({ name: f.name, text: f.buffer.toString('utf8') })),
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: data });
  await expect(page.getByTestId('drop-overlay')).toHaveText(/Drop to import 2 files/);
  await page.dispatchEvent('body', 'drop', { dataTransfer: data });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  const summary = await importSummary(page);
  await expect(summary).toContainText('Imported 2 copies.');
  await expect(page.getByRole('contentinfo')).toContainText(`${SAMPLE.copies + 2} copies`);
});
