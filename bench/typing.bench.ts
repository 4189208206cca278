import type { Browser, Page } from '@playwright/test';
import { importThroughApi, storyFile, storySentences } from '../e2e/fixtures/apiImport';
import { below, median, type BenchSuite } from './row';
import { ensureRendererBuilt, launchChromium, startBenchTwin } from './twin';

// Typing in the Merge tab's editor on a 5,000-word draft, in the browser twin. Each keystroke is timed in the
// page, from its keydown (capture phase, before Lexical handles it) to the frame after the update painted
// (rAF, then a task), so the figure is what a sub-editor feels, autosave and provenance included.

// About 20 words each: a draft of ~5,000 words.
const SENTENCES = 250;
const KEYSTROKES = 200;
const WARM_UP = 20;
const HEADLINE = 'Estuary plan draws five thousand words of objections';
const TIMEOUT_MS = 120_000;
const TYPED = 'The desk adds a line here, one key at a time, as a sub-editor would. ';

/** Starts timing every keydown in `selector`; the page keeps the durations in window.__keyToPaint. */
function instrument(page: Page, selector: string): Promise<void> {
  return page.evaluate((selector) => {
    const times: number[] = [];
    (window as unknown as { __keyToPaint: number[] }).__keyToPaint = times;
    const editable = document.querySelector<HTMLElement>(selector);
    if (!editable) throw new Error(`the page has no ${selector} to type in`);
    editable.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  }, selector);
}

/** Types KEYSTROKES (after a warm-up) one key at a time and returns the timed ones. */
async function typeTimed(page: Page, selector: string): Promise<number[]> {
  await instrument(page, selector);
  for (let k = 0; k < KEYSTROKES + WARM_UP; k++) await page.keyboard.type(TYPED[k % TYPED.length]!);
  await page.waitForFunction((n) => (window as unknown as { __keyToPaint: number[] }).__keyToPaint.length >= n, KEYSTROKES + WARM_UP);
  const times = await page.evaluate(() => (window as unknown as { __keyToPaint: number[] }).__keyToPaint);
  return times.slice(WARM_UP);
}

/**
 * The same measure on a bare contenteditable in the same browser: what a keystroke costs with no editor at
 * all. On a loaded machine this floor alone can exceed a frame, so the editor's figure is read against it.
 */
async function bareFloor(browser: Browser): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.setContent('<div contenteditable="true" id="bare">Type here.</div>');
  await page.click('#bare');
  return typeTimed(page, '#bare');
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

export const rows: BenchSuite = async () => {
  await ensureRendererBuilt();
  const twin = await startBenchTwin();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(twin.url);
    await page.getByTestId('library-story').first().waitFor({ timeout: TIMEOUT_MS });
    await importThroughApi(page, [storyFile('estuary-long.txt', HEADLINE, storySentences(SENTENCES))]);
    const story = page.getByTestId('library-story').filter({ hasText: HEADLINE });
    await story.waitFor({ timeout: TIMEOUT_MS });
    await story.click();
    await page.getByTestId('library-copy').first().click();
    await page.getByRole('tab', { name: 'Merge' }).click();
    await page.getByTestId('merge-start').getByRole('button', { name: 'Start a draft' }).click();
    const body = page.getByTestId('merge').locator('[contenteditable="true"]').filter({ has: page.locator('.passage') });
    await body.waitFor({ timeout: TIMEOUT_MS });
    const words = await body.evaluate((element) => element.textContent?.split(/\s+/).filter(Boolean).length ?? 0);
    if (words < 4_500) throw new Error(`the draft has ${words} words, expected about 5,000: the import or the merge lost text`);

    await body.click();
    await page.keyboard.press('Control+End');
    const times = await typeTimed(page, '[data-testid="merge"] [contenteditable="true"]:has(.passage)');
    const floor = await bareFloor(browser);
    return [
      below(`web: keystroke to paint in the Merge editor (~${words} words, p95 of ${KEYSTROKES} keys)`, percentile(times, 95), 'ms', 16),
      below('web: keystroke to paint in the Merge editor (median)', median(times), 'ms', 16),
      below('web: keystroke to paint in a bare contenteditable, same browser (p95: the machine\'s floor)', percentile(floor, 95), 'ms', 16),
    ];
  } finally {
    await browser.close();
    await twin.stop();
  }
};
