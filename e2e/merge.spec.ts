import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { articleBody, saved, typeAtEnd } from './fixtures/merge';
import { expect, openWithLibrary, test } from './fixtures/twin';
import { openNewerLfrCopy, SAMPLE } from './fixtures/sample';

// The sample story's two versions (see compare.spec.ts): the newer one adds a sentence and replaces "has
// been contacted for comment" with the Met's three-sentence response, which the default merge keeps.
const NEWER = SAMPLE.lfr.newer;
const OLDER = SAMPLE.lfr.older;
const RESPONSE = 'the force welcomes the EHRC';
const CONTACTED = 'has been contacted for comment';
const INSERTED = 'both lawful and proportionate';
const TYPED = 'The desk added this sentence by hand.';
const LATER = 'A second thought that the restore takes away.';
const SCREENSHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');

const openMerge = (page: Page) => openNewerLfrCopy(page, 'Merge');

const body = articleBody;


test('merge the sample story, flip a decision, type, reload: text and decision persist; a restore brings a revision back', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await openMerge(page);
  const start = page.getByTestId('merge-start');
  await expect(start).toBeVisible();
  await expect(start.getByRole('combobox', { name: 'Policy' })).toContainText('Newest wins, nothing lost');
  await start.getByRole('button', { name: 'Merge 2 versions' }).click();

  // The default policy: the response is in, the line it replaced is not.
  await expect(body(page)).toContainText(RESPONSE);
  await expect(body(page)).toContainText(INSERTED);
  await expect(body(page)).not.toContainText(CONTACTED);
  const dropped = page.getByTestId('merge-passage').filter({ hasText: CONTACTED });
  await expect(dropped).toHaveAttribute('data-decision', 'dropped');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'merge-light-1440x900.png') });

  // Hovering a passage shows where it came from.
  await body(page).locator('.passage').filter({ hasText: INSERTED }).hover();
  const card = page.getByTestId('merge-provenance');
  await expect(card).toBeVisible();
  await expect(card).toContainText(NEWER);
  await expect(card).not.toContainText(OLDER);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'merge-provenance-light-1440x900.png') });

  // Take the inserted sentence out: the body loses it, the panel records it as dropped by hand.
  const inserted = page.getByTestId('merge-passage').filter({ hasText: INSERTED });
  await inserted.getByRole('button', { name: 'Take out' }).click();
  await expect(body(page)).not.toContainText(INSERTED);
  await expect(inserted).toHaveAttribute('data-decision', 'dropped');
  // Undone in the editor, the passage is back in the text, and the plan follows the body when it is saved.
  await body(page).click();
  await page.keyboard.press('Control+Z');
  await expect(body(page)).toContainText(INSERTED);
  await expect(inserted).toHaveAttribute('data-decision', 'kept');
  await inserted.getByRole('button', { name: 'Take out' }).click();
  await expect(body(page)).not.toContainText(INSERTED);

  await typeAtEnd(page, TYPED);
  await expect(body(page)).toContainText(TYPED);
  await saved(page);

  await page.reload();
  await openMerge(page);
  await expect(body(page)).toContainText(TYPED);
  await expect(body(page)).not.toContainText(INSERTED);
  await expect(page.getByTestId('merge-passage').filter({ hasText: INSERTED })).toHaveAttribute('data-decision', 'dropped');

  // A checkpoint, a later edit, then the checkpoint restored: the later edit is gone, the typed line stays.
  await body(page).click();
  await page.keyboard.press('Control+S');
  await page.getByRole('tab', { name: 'Revisions' }).click();
  const checkpoint = page.locator('[data-testid="revision"][data-reason="saved"]').first();
  await expect(checkpoint).toBeVisible();
  await typeAtEnd(page, LATER);
  await saved(page);
  await checkpoint.getByRole('button', { name: 'Compare with current' }).click();
  const comparison = page.getByTestId('revision-compare');
  await expect(comparison).toContainText(LATER);
  await comparison.getByRole('button', { name: 'Close' }).click();
  await checkpoint.getByRole('button', { name: 'Restore' }).click();
  await page.getByTestId('revision-restore').getByRole('button', { name: 'Restore' }).click();
  await expect(body(page)).not.toContainText(LATER);
  await expect(body(page)).toContainText(TYPED);
});

test('the Merge tab has no serious accessibility problems in either theme, and its status shows in the library', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  await openMerge(page);
  await page.getByTestId('merge-start').getByRole('button', { name: 'Merge 2 versions' }).click();
  await expect(body(page)).toContainText(RESPONSE);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('#panel-merge').analyze();
    const severe = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${colorScheme}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.html).join(', ')}`);
    expect(severe).toEqual([]);
  }
  // The status set here is the one the library lists.
  await page.getByTestId('merge-status').selectOption('ready');
  await expect(page.getByTestId('draft-status')).toHaveText('Ready');
  await page.getByRole('tab', { name: 'Revisions' }).click();
  await expect(page.getByTestId('revision')).toHaveCount(1);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'merge-revisions-dark-1440x900.png') });

  // "Take all from" the older outlet brings back the line the newer one replaced; nothing is left out then.
  await page.getByRole('tab', { name: 'Decisions' }).click();
  await page.getByRole('combobox', { name: 'Take all from' }).selectOption({ label: OLDER });
  await page.getByRole('button', { name: 'Take all' }).click();
  await expect(body(page)).toContainText(CONTACTED);
  await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('left-out');
  await expect(page.getByTestId('merge-passage')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('changed');
  await expect(page.getByTestId('merge-passage')).toHaveCount(1);

  // A passage chosen in the panel is shown in the editor with the caret in it, and its provenance beside it.
  await page.getByTestId('merge-passage').getByRole('button', { name: CONTACTED }).click();
  await expect(page.getByTestId('merge-provenance')).toContainText(OLDER);
  // Typing puts the card away, so it does not cover the lines being worked on.
  await page.keyboard.type('x');
  await expect(page.getByTestId('merge-provenance')).toHaveCount(0);
});

test('a save over an edit made elsewhere is a conflict: "keep mine as a copy" makes it the story\'s newest draft', async ({ page, twin, context }) => {
  await openWithLibrary(page, twin);
  await openMerge(page);
  await page.getByTestId('merge-start').getByRole('button', { name: 'Merge 2 versions' }).click();
  await expect(body(page)).toContainText(RESPONSE);

  const other = await context.newPage();
  await openWithLibrary(other, twin);
  await openMerge(other);
  await expect(body(other)).toContainText(RESPONSE);

  await typeAtEnd(page, 'Typed in the first window.');
  await saved(page);
  await typeAtEnd(other, 'Typed in the second window.');
  const conflict = other.getByTestId('merge-conflict');
  await expect(conflict).toBeVisible();
  await expect(other.getByTestId('merge-save-state')).toHaveText('Not saved: edited elsewhere');
  await conflict.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(other.getByTestId('merge-save-state')).toHaveText(/^Saved/);
  await expect(conflict).toHaveCount(0);

  await page.reload();
  await openMerge(page);
  await expect(body(page)).toContainText('Typed in the second window.');
  await expect(body(page)).not.toContainText('Typed in the first window.');
});
