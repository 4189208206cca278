import type { Page } from '@playwright/test';
import { importThroughApi, storyFile, storySentences } from '../e2e/fixtures/apiImport';
import { below, median, type BenchSuite } from './row';
import { ensureRendererBuilt, launchChromium, startBenchTwin } from './twin';

// The Compare tab in the browser twin: a ~2,000-word story in several versions is imported through the API,
// opened in Compare, and the compared pair switched again and again. Each switch is timed in the page, from
// the select's change event to the frame after React re-rendered the view (rAF, then a task: painted).

const VERSIONS = 6;
const SWITCHES = 25;
// About 20 words each: a story of ~2,000 words.
const SENTENCES = 100;
const HEADLINE = 'Harbour authority sets out ten-year plan for the estuary';
const TIMEOUT_MS = 60_000;

/** Version v of the story: the base text with edits of its own (sentences reworded, one added per update, one cut). */
function version(v: number): string[] {
  const sentences = storySentences(SENTENCES);
  for (let k = 1; k <= v; k++) {
    sentences[k * 11] = sentences[k * 11]!.replace('according to', `as first reported in update ${k}, according to`);
    sentences.splice(k * 13, 0, `Officials added in update ${k} that the figures would be published in full before the next harbour board meeting.`);
  }
  if (v > 0) sentences.splice(SENTENCES - 10 - v, 1);
  return sentences;
}

/** Switches the From version to another one and resolves with the milliseconds until the new view was painted. */
function switchPair(page: Page, round: number): Promise<number> {
  return page.evaluate(async (round) => {
    const select = document.querySelector<HTMLSelectElement>('#compare-from')!;
    const to = document.querySelector<HTMLSelectElement>('#compare-to')!.value;
    const choices = [...select.options].map((o) => o.value).filter((id) => id !== to && id !== select.value);
    const target = choices[round % choices.length]!;
    performance.mark('pair-switch-start');
    select.value = target;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const pair = document.querySelector<HTMLElement>('[data-testid="compare"]')?.dataset.pair ?? '';
    if (!pair.startsWith(`${target}>`)) throw new Error(`the view did not switch to ${target} (shows ${pair})`);
    return performance.measure('pair-switch', 'pair-switch-start').duration;
  }, round);
}

export const rows: BenchSuite = async () => {
  await ensureRendererBuilt();
  const twin = await startBenchTwin();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(twin.url);
    await page.getByTestId('library-story').first().waitFor({ timeout: TIMEOUT_MS });
    await importThroughApi(
      page,
      Array.from({ length: VERSIONS }, (_, v) => storyFile(`estuary-v${v + 1}.txt`, HEADLINE, version(v))),
    );
    const story = page.getByTestId('library-story').filter({ hasText: HEADLINE });
    await story.waitFor({ timeout: TIMEOUT_MS });
    await story.click();
    await page.getByTestId('library-copy').last().click();
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByTestId('compare-side-by-side').waitFor({ timeout: TIMEOUT_MS });
    const options = await page.locator('#compare-from option').count();
    if (options !== VERSIONS) throw new Error(`the story has ${options} versions in Compare, expected ${VERSIONS}: the import did not group them`);
    const times: number[] = [];
    for (let round = 0; round < SWITCHES; round++) times.push(await switchPair(page, round));
    return [below(`web: Compare re-render after switching the pair (${VERSIONS} versions of ~2,000 words, median)`, median(times), 'ms', 100)];
  } finally {
    await browser.close();
    await twin.stop();
  }
};
