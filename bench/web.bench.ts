import { performance } from 'node:perf_hooks';
import { below, median, type BenchSuite } from './row';
import { ensureRendererBuilt, launchChromium, startBenchTwin } from './twin';

// The browser twin from a cold start: spawn the server on a fresh data folder, open the printed URL in
// Chromium, and wait until the library lists a copy of the sample (imported on first start). The browser is
// launched before the clock starts: its own start-up is not Copydesk's.

const TIMEOUT_MS = 60_000;
// Opening the app again with the server up (the desktop window's case: services ready, page loading): each
// load in a fresh browser context, so no cache, storage or warm JavaScript carries over.
const PAGE_LOADS = 5;
const LIBRARY_ROW = '[data-testid="library-copy"], [data-testid="library-story"]';

export const rows: BenchSuite = async () => {
  await ensureRendererBuilt();
  const browser = await launchChromium();
  let stop = async () => {};
  try {
    const page = await browser.newPage();
    const started = performance.now();
    const twin = await startBenchTwin();
    stop = twin.stop;
    const url = twin.url;
    const ready = performance.now() - started;
    await page.goto(url);
    // A library row: the renderer lists copies, or stories (collapsed) holding them.
    await page.locator(LIBRARY_ROW).first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const listed = performance.now() - started;
    const loads: number[] = [];
    for (let k = 0; k < PAGE_LOADS; k++) {
      const context = await browser.newContext();
      const fresh = await context.newPage();
      const start = performance.now();
      await fresh.goto(url);
      await fresh.locator(LIBRARY_ROW).first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
      loads.push(performance.now() - start);
      await context.close();
    }
    return [
      below('web: spawn to server ready (first start, sample imported)', ready, 'ms', 5000),
      below('web: spawn to the library listing the sample in Chromium', listed, 'ms', 8000),
      below(`web: cold page load to an interactive library, server up (median of ${PAGE_LOADS} fresh contexts)`, median(loads), 'ms', 1000),
    ];
  } finally {
    await browser.close();
    await stop();
  }
};
