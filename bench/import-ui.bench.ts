import { performance } from 'node:perf_hooks';
import { generatedWireFiles } from '../e2e/fixtures/importFiles';
import { below, type BenchSuite } from './row';
import { ensureRendererBuilt, launchChromium, startBenchTwin } from './twin';

// A 1,000-file import through the browser twin's UI, as a user picking a folder would: how long it takes and
// the longest task on the UI thread meanwhile (Chromium's Long Tasks API; tasks under 50 ms are not
// reported, so 0 means none). Watching starts once Playwright has put the files in the input: building
// 1,000 File objects inside the page is the harness's work, not the app's.

const FILES = 1000;

export const rows: BenchSuite = async () => {
  await ensureRendererBuilt();
  const browser = await launchChromium();
  const twin = await startBenchTwin();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(twin.url);
    await page.locator('[data-testid="library-story"]').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('import-files-input').setInputFiles(generatedWireFiles(FILES, 'bench'));
    const started = performance.now();
    await page.evaluate(() => {
      const scope = window as unknown as { longestTask: number };
      scope.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) scope.longestTask = Math.max(scope.longestTask, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.getByTestId('import-summary').getByText('Import finished').waitFor({ timeout: 600_000 });
    const elapsed = performance.now() - started;
    const longest = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
    return [
      below(`import UI: ${FILES.toLocaleString('en')} files through the browser twin`, elapsed / 1000, 's', 60),
      below('import UI: longest UI-thread task during that import', longest, 'ms', 100),
    ];
  } finally {
    await browser.close();
    await twin.stop();
  }
};
