import { expect, openWithLibrary, test } from './fixtures/twin';
import { generatedWireFiles, importSummary } from './fixtures/importFiles';

test('probe', async ({ page, twin }) => {
  test.setTimeout(300_000);
  await openWithLibrary(page, twin);
  await page.evaluate(() => {
    const scope = window as unknown as { tasks: string[] };
    scope.tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.tasks.push(`${Math.round(entry.startTime)}+${Math.round(entry.duration)} ${JSON.stringify((entry as unknown as {attribution: {containerType: string, name: string}[]}).attribution?.map(a => a.name))}`);
    }).observe({ type: 'longtask', buffered: false });
  });
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId('import-files-input').setInputFiles(generatedWireFiles(1000, 'bulk'));
  const t1 = await page.evaluate(() => performance.now());
  const summary = await importSummary(page);
  const t2 = await page.evaluate(() => performance.now());
  await expect(summary).toContainText('Import finished');
  console.log(t0, t1, t2);
  console.log((await page.evaluate(() => (window as unknown as { tasks: string[] }).tasks)).join('\n'));
});
