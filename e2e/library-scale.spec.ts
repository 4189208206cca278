import { rm } from 'node:fs/promises';
import { generateStore } from '../scripts/generate-store';
import { expect, makeDataDir, openWithLibrary, test } from './fixtures/twin';

// A library of 5,000 generated copies (about 1,500 stories) in the browser twin: the tree is windowed and
// paged, so it holds a screenful of rows however long the library, while the keys still reach every story.

const COPIES = 5_000;
/** Well under one row per story: the DOM holds the window (a screenful plus overscan), not the library. */
const MAX_ROWS_IN_DOM = 200;

test.use({
  // Generated before the twin starts, as a store the twin then opens like any other.
  dataDir: [
    // Playwright reads a fixture's dependencies from its destructuring pattern, so "none" must be spelled {}.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = await makeDataDir();
      await generateStore(dir, { copies: COPIES, drafts: 3 });
      await use(dir);
      await rm(dir, { recursive: true, force: true });
    },
    { scope: 'test', timeout: 240_000 },
  ],
});

test('a 5,000-copy library shows a window of rows, reaches its last story with End, and narrows on search', async ({ page, twin }) => {
  test.setTimeout(120_000);
  await openWithLibrary(page, twin);
  const items = page.getByRole('treeitem');
  const count = page.locator('.library-pane__count');
  await expect(count).toHaveText(`${COPIES} copies`);
  expect(await items.count()).toBeLessThan(MAX_ROWS_IN_DOM);

  // Readers are told where each row sits in the whole list, not in the few rendered.
  const first = page.getByTestId('library-story').first();
  const setSize = Number(await first.getAttribute('aria-setsize'));
  expect(setSize).toBeGreaterThan(1_000);
  await expect(first).toHaveAttribute('aria-level', '1');

  // End fetches every story and focuses the last, scrolled into view.
  await first.focus();
  await page.keyboard.press('End');
  const focused = page.locator('[role="treeitem"]:focus');
  await expect(focused).toHaveAttribute('aria-posinset', String(setSize));
  await expect(focused).toBeInViewport();
  expect(await items.count()).toBeLessThan(MAX_ROWS_IN_DOM);

  // Home goes back up; ↓ and PageDown move from there, the focused row always in view.
  await page.keyboard.press('Home');
  await expect(focused).toHaveAttribute('aria-posinset', '1');
  await page.keyboard.press('PageDown');
  await expect(focused).toBeInViewport();
  expect(Number(await focused.getAttribute('aria-posinset'))).toBeGreaterThan(3);

  // Scrolling by hand to the middle keeps rows rendered where the reader looks.
  const list = page.locator('.library-pane__list');
  await list.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
  /** The positions of the rows inside the list's visible box (the focused row, kept in the DOM, is above it). */
  const inView = () =>
    list.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return [...element.querySelectorAll('[role="treeitem"]')]
        .filter((row) => {
          const r = row.getBoundingClientRect();
          return r.bottom > box.top && r.top < box.bottom;
        })
        .map((row) => Number(row.getAttribute('aria-posinset')));
    });
  await expect.poll(async () => (await inView()).length).toBeGreaterThan(5);
  expect((await inView())[0]).toBeGreaterThan(setSize / 4);
  expect(await items.count()).toBeLessThan(MAX_ROWS_IN_DOM);

  // Searching narrows the list to the copies holding the words.
  await page.getByTestId('search').fill('flood defences');
  await expect(count).not.toHaveText(`${COPIES} copies`);
  const found = Number((await count.textContent())!.split(' ')[0]);
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(COPIES / 4);
  await expect(page.getByTestId('library-copy').first()).toContainText(/flood defences/i);
  expect(await items.count()).toBeLessThan(MAX_ROWS_IN_DOM);

  await page.getByTestId('search').fill('');
  await expect(count).toHaveText(`${COPIES} copies`);
  await page.screenshot({ path: test.info().outputPath('library-scale.png') });
});
