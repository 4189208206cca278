import type { Browser, Page } from '@playwright/test';
import { importThroughApi, storyFile, storySentences } from '../e2e/fixtures/apiImport';
import { below, median, type BenchSuite } from './row';
import { ensureRendererBuilt, launchChromium, startBenchTwin } from './twin';

// Typing in the Merge tab's editor on a 5,000-word draft, in the browser twin. Each keystroke is timed in the
// page, from its keydown (capture phase, before Lexical handles it) to the frame after the update painted
// (rAF, then a task), so the figure is what a sub-editor feels, autosave and provenance included. Two more
// rows say where the time goes: the page's own script time per key (Event Timing), and the same keystroke to
// paint in a bare contenteditable, which on a shared, GPU-less machine can itself miss a frame.
//
// Chromium runs unthrottled (FRAME_ARGS): at its default 60 Hz frame clock, a keystroke that costs nothing still
// waits up to 16.7 ms for the next vsync, so "keydown to paint" would measure where in the frame the key
// landed, not the editor. Unthrottled, a frame is produced as soon as there is something to paint, and the
// figure is the work a keystroke causes (script, style, layout, paint). The bare floor is measured the same way.
const FRAME_ARGS = ['--disable-frame-rate-limit', '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];

// About 20 words each: a draft of ~5,000 words.
const SENTENCES = 250;
const KEYSTROKES = 200;
const WARM_UP = 20;
const HEADLINE = 'Estuary plan draws five thousand words of objections';
const TIMEOUT_MS = 120_000;
const TYPED = 'The desk adds a line here, one key at a time, as a sub-editor would. ';

interface Timed {
  /** Keydown to the frame after it painted (rAF, then a task). */
  paint: number[];
  /** The page's own script time per key: keydown plus beforeinput handlers (Event Timing), without frame waits. */
  handling: number[];
}

type TimingWindow = Window & { __keyToPaint: number[]; __handlers: Record<'keydown' | 'beforeinput', number[]> };

/** Starts timing every keydown in `selector`; the page keeps the figures on window (TimingWindow). */
function instrument(page: Page, selector: string): Promise<void> {
  return page.evaluate((selector) => {
    const w = window as unknown as TimingWindow;
    w.__keyToPaint = [];
    w.__handlers = { keydown: [], beforeinput: [] };
    const editable = document.querySelector<HTMLElement>(selector);
    if (!editable) throw new Error(`the page has no ${selector} to type in`);
    editable.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__keyToPaint.push(performance.now() - start), 0));
      },
      { capture: true },
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.name === 'keydown' || entry.name === 'beforeinput') w.__handlers[entry.name].push(entry.processingEnd - entry.processingStart);
      }
    }).observe({ type: 'event', durationThreshold: 0 } as PerformanceObserverInit);
  }, selector);
}

/** Types KEYSTROKES (after a warm-up) one key at a time and returns the timed ones. */
async function typeTimed(page: Page, selector: string): Promise<Timed> {
  await instrument(page, selector);
  for (let k = 0; k < KEYSTROKES + WARM_UP; k++) await page.keyboard.type(TYPED[k % TYPED.length]!);
  await page.waitForFunction((n) => (window as unknown as TimingWindow).__keyToPaint.length >= n, KEYSTROKES + WARM_UP);
  const { paint, keydown, beforeinput } = await page.evaluate(() => {
    const w = window as unknown as TimingWindow;
    return { paint: w.__keyToPaint, ...w.__handlers };
  });
  // Each typed character is one keydown and one beforeinput, in order.
  const handling = keydown.slice(0, Math.min(keydown.length, beforeinput.length)).map((ms, k) => ms + beforeinput[k]!);
  return { paint: paint.slice(WARM_UP), handling: handling.slice(WARM_UP) };
}

/**
 * The same measure on a bare contenteditable in the same browser: what a keystroke costs with no editor at
 * all. On a loaded machine this floor alone can exceed a frame, so the editor's figure is read against it.
 */
async function bareFloor(browser: Browser): Promise<Timed> {
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
  const browser = await launchChromium(FRAME_ARGS);
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
    const editor = await typeTimed(page, '[data-testid="merge"] [contenteditable="true"]:has(.passage)');
    const floor = await bareFloor(browser);
    return [
      below(`web: keystroke to paint in the Merge editor (~${words} words, p95 of ${KEYSTROKES} keys)`, percentile(editor.paint, 95), 'ms', 16),
      below('web: keystroke to paint in the Merge editor (median)', median(editor.paint), 'ms', 16),
      below('web: script time per keystroke in the Merge editor (keydown + beforeinput handlers, p95)', percentile(editor.handling, 95), 'ms', 16),
      below('web: keystroke to paint in a bare contenteditable, same browser (p95: the machine\'s floor)', percentile(floor.paint, 95), 'ms', 16),
    ];
  } finally {
    await browser.close();
    await twin.stop();
  }
};
