import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { importThroughApi, storyFile, storySentences } from './fixtures/apiImport';
import { expect, openWithLibrary, test } from './fixtures/twin';
import { openMoveSkyCopy, openNewerLfrCopy, SAMPLE } from './fixtures/sample';

// The sample story's two versions: Leader Live (older) and North Wales Chronicle (newer), which adds one
// sentence and replaces "has been contacted for comment" with the Met's response (see the seed fixture's
// expected analysis).
const OLDER = SAMPLE.lfr.older;
const NEWER = SAMPLE.lfr.newer;
const INSERTED = 'both lawful and proportionate';
const SCREENSHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');

/** Opens the sample story's newer copy and the Compare tab: the default pair is older → newer. */
async function openCompare(page: Page) {
  await openNewerLfrCopy(page, 'Compare');
  await expect(page.getByTestId('compare-side-by-side')).toBeVisible();
}

test('side by side: one insertion and one replacement, word-highlighted, with F7 stepping through them', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await openCompare(page);
  await expect(page.locator('#compare-from option:checked')).toContainText(OLDER);
  await expect(page.locator('#compare-to option:checked')).toContainText(NEWER);
  await expect(page.getByTestId('count-insertions')).toHaveText('1 insertion');
  await expect(page.getByTestId('count-deletions')).toHaveText('0 deletions');
  await expect(page.getByTestId('count-replacements')).toHaveText('1 replacement');
  await expect(page.getByTestId('count-moves')).toHaveText('0 moves');
  await expect(page.getByTestId('compare-change')).toHaveCount(2);

  const insert = page.locator('[data-testid="compare-row"][data-kind="insert"]');
  await expect(insert).toHaveCount(1);
  await expect(insert.locator('.compare-row__side--new')).toContainText(INSERTED);
  const replace = page.locator('[data-testid="compare-row"][data-kind="replace"]');
  await expect(replace).toHaveCount(1);
  const removed = (await replace.locator('.compare-row__side--old del').allTextContents()).join(' ');
  expect(removed).toContain('been contacted for comment');
  await expect(replace.locator('.compare-row__side--new ins').first()).toContainText('spokeswoman');
  await expect(replace.locator('.compare-row__side--new del')).toHaveCount(0);

  // Changes come in the newer version's reading order: the insertion first, then the replacement.
  await page.keyboard.press('F7');
  await expect(insert).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('compare-change').first()).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('F7');
  await expect(replace).toHaveAttribute('aria-current', 'true');
  await expect(insert).not.toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Shift+F7');
  await expect(insert).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('compare-change').nth(1).click();
  await expect(replace).toHaveAttribute('aria-current', 'true');
});

test('inline view marks the inserted sentence; swapping the pair turns it into a deletion', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await openCompare(page);
  await page.getByRole('button', { name: 'Inline' }).click();
  await expect(page.getByTestId('compare-inline-insert')).toHaveCount(1);
  await expect(page.getByTestId('compare-inline-insert')).toContainText(INSERTED);

  await page.getByRole('button', { name: /Swap/ }).click();
  await expect(page.locator('#compare-from option:checked')).toContainText(NEWER);
  await expect(page.getByTestId('count-insertions')).toHaveText('0 insertions');
  await expect(page.getByTestId('count-deletions')).toHaveText('1 deletion');
  await expect(page.getByTestId('compare-inline-insert')).toHaveCount(0);
  await expect(page.getByTestId('compare-inline-delete')).toContainText(INSERTED);
});

test('matrix: two outlets in time order, the inserted passage absent in the older and present in the newer', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await openCompare(page);
  await page.getByRole('button', { name: 'Matrix' }).click();
  const versions = page.getByTestId('compare-matrix-version');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText(OLDER);
  await expect(versions.nth(1)).toContainText(NEWER);
  await expect(versions.nth(1)).toContainText('newest');
  const row = page.getByTestId('compare-passage').filter({ hasText: INSERTED });
  await expect(row).toHaveCount(1);
  const cells = row.getByTestId('compare-cell');
  await expect(cells.nth(0)).toHaveAttribute('data-state', 'absent');
  await expect(cells.nth(1)).toHaveAttribute('data-state', 'present');
  // Focus shows the wording, as hover does.
  await cells.nth(1).focus();
  await expect(cells.nth(1).getByRole('tooltip')).toBeVisible();
  await expect(cells.nth(1).getByRole('tooltip')).toContainText(INSERTED);
});

test('a copy of another story moved into this one gets a calm "not versions of one story" verdict', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const dialog = await openMoveSkyCopy(page);
  await dialog.getByRole('combobox', { name: 'Story to move the copy to' }).fill('facial recog');
  await dialog.getByRole('option', { name: SAMPLE.lfr.headline }).click();
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.getByTestId('compare-unrelated')).toContainText('These are not versions of one story');
  await expect(page.getByTestId('compare-unrelated')).toContainText('%');
  await expect(page.getByTestId('compare-row')).toHaveCount(0);
  await expect(page.getByTestId('compare-counts')).toHaveCount(0);
});

test('a long story is windowed, and the change list and move labels still reach rows far away', async ({ page, twin }) => {
  const headline = 'Harbour board publishes its long review of the estuary works';
  const sentences = storySentences(330);
  const moved = sentences.slice(3, 6);
  const later = [...sentences.slice(0, 3), ...sentences.slice(6)];
  later.splice(300, 0, 'The board added late on Friday that a public meeting on the review would be held at the town hall.');
  later.push(...moved);
  await openWithLibrary(page, twin);
  await importThroughApi(page, [storyFile('review-early.txt', headline, sentences), storyFile('review-late.txt', headline, later)]);
  await page.getByTestId('library-story').filter({ hasText: headline }).click();
  await page.getByTestId('library-copy').last().click();
  await page.getByRole('tab', { name: 'Compare' }).click();
  const table = page.getByTestId('compare-side-by-side');
  await expect(table).toBeVisible();

  const total = Number(await table.getAttribute('aria-rowcount')) - 1;
  expect(total).toBeGreaterThan(300);
  const rendered = await page.getByTestId('compare-row').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(total / 2);

  // The insertion near the end, not rendered until it is asked for.
  await expect(page.getByTestId('count-insertions')).toHaveText('1 insertion');
  const inserted = page.locator('[data-testid="compare-row"][data-kind="insert"]');
  await expect(inserted).toHaveCount(0);
  await page.getByTestId('compare-change').filter({ hasText: 'public meeting' }).click();
  await expect(inserted).toBeInViewport();
  await expect(inserted).toHaveAttribute('aria-current', 'true');

  // The moved paragraph is one move, shown where it left (near the top) and where it arrived (the very end);
  // each end's label jumps to the other.
  await expect(page.getByTestId('count-moves')).toHaveText('1 move');
  await page.getByTestId('compare-change').filter({ hasText: 'Moved' }).click();
  const left = page.locator('[data-testid="compare-row"][data-kind="move-out"]');
  await expect(left).toBeInViewport();
  await expect(left).toHaveAttribute('aria-current', 'true');
  await left.getByRole('button', { name: 'Moved to ↓' }).click();
  const arrived = page.locator('[data-testid="compare-row"][data-kind="move-in"]');
  await expect(arrived).toBeInViewport();
  await expect(arrived).toContainText(moved[0]!);
  await arrived.getByRole('button', { name: 'Moved from ↑' }).click();
  await expect(left).toBeInViewport();

  // The matrix windows its rows too.
  await page.getByRole('button', { name: 'Matrix' }).click();
  const matrix = page.getByTestId('compare-matrix');
  await expect(matrix).toBeVisible();
  const passages = Number(await matrix.getAttribute('aria-rowcount')) - 1;
  expect(passages).toBeGreaterThan(300);
  expect(await page.getByTestId('compare-passage').count()).toBeLessThan(passages / 2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious violation on the Compare tab, ${colorScheme} (and screenshots of each view)`, async ({ page, twin }) => {
    await page.emulateMedia({ colorScheme });
    await openWithLibrary(page, twin);
    await openCompare(page);
    await page.keyboard.press('F7');
    for (const view of ['Side by side', 'Inline', 'Matrix'] as const) {
      await page.getByRole('button', { name: view }).click();
      await expect(page.getByRole('button', { name: view })).toHaveAttribute('aria-pressed', 'true');
      if (view === 'Matrix') await expect(page.getByTestId('compare-matrix')).toBeVisible();
      const results = await new AxeBuilder({ page }).include('#panel-compare').analyze();
      const severe = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${view}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(severe).toEqual([]);
      // The matrix picture shows a cell's wording, as focus or hover shows it.
      if (view === 'Matrix') await page.getByTestId('compare-cell').nth(7).focus();
      const slug = view.toLowerCase().replace(/ /g, '-');
      await page.screenshot({ path: path.join(SCREENSHOTS, `compare-${slug}-${colorScheme}-1440x900.png`) });
    }
  });
}
