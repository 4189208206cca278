import path from 'node:path';
import type { Page } from '@playwright/test';
import { cliCallValue as cli } from '../electron/cli/test-support';
import { callThroughApi } from './fixtures/apiImport';
import { articleBody, saved, typeAtEnd } from './fixtures/merge';
import { openNewerLfrCopy } from './fixtures/sample';
import { expect, openWithLibrary, test } from './fixtures/twin';

// Two windows (two pages on one twin), or the app and the command line, editing one draft: the later save
// from an older revision is refused with the conflict notice, and neither way out loses saved text.

const ROOT = path.resolve(import.meta.dirname, '..');
const SCREENSHOTS = path.resolve(ROOT, 'test-results/screenshots');
const RESPONSE = 'the force welcomes the EHRC';
const body = articleBody;
const openMerge = (page: Page) => openNewerLfrCopy(page, 'Merge');

async function startMerge(page: Page) {
  await openMerge(page);
  await page.getByTestId('merge-start').getByRole('button', { name: 'Merge 2 versions' }).click();
  await expect(body(page)).toContainText(RESPONSE);
}

test('two windows on one draft: the stale save is a conflict; "reload theirs" shows their text, "keep mine as a copy" makes a second draft', async ({ page, twin, context }) => {
  test.setTimeout(120_000);
  await openWithLibrary(page, twin);
  await startMerge(page);
  const other = await context.newPage();
  await openWithLibrary(other, twin);
  await openMerge(other);
  await expect(body(other)).toContainText(RESPONSE);

  await typeAtEnd(page, 'First window, first pass.');
  await saved(page);
  await typeAtEnd(other, 'Second window, lost if reloaded.');
  const conflict = other.getByTestId('merge-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(/changed elsewhere \(revision \d+, saved \d\d:\d\d( [AP]M)? in Copydesk in a browser\)/);
  await expect(other.getByTestId('merge-save-state')).toHaveText('Not saved: edited elsewhere');
  await conflict.getByRole('button', { name: 'Reload theirs' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(body(other)).toContainText('First window, first pass.');
  await expect(body(other)).not.toContainText('Second window, lost if reloaded.');

  // Now the first window is the stale one: it keeps its text as a copy.
  await typeAtEnd(other, 'Second window, saved.');
  await saved(other);
  await typeAtEnd(page, 'First window, kept as a copy.');
  const stale = page.getByTestId('merge-conflict');
  await expect(stale).toBeVisible();
  await stale.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(stale).toHaveCount(0);
  await expect(page.getByTestId('merge-save-state')).toHaveText(/^Saved/);
  await expect(body(page)).toContainText('First window, kept as a copy.');

  const drafts = await callThroughApi(page, 'drafts.list', {});
  expect(drafts).toHaveLength(2);
  const texts = await Promise.all(drafts.map(async (d) => (await callThroughApi(page, 'drafts.get', { id: d.id })).text));
  const theirs = texts.find((t) => t.includes('Second window, saved.'));
  const mine = texts.find((t) => t.includes('First window, kept as a copy.'));
  expect(theirs).toBeDefined();
  expect(theirs).not.toContain('First window, kept as a copy.');
  expect(mine).toBeDefined();
  expect(mine).not.toContain('Second window, saved.');
});

test('the command line saves the draft open in the app: typing then shows the conflict, and "reload theirs" its text', async ({ page, twin }) => {
  test.setTimeout(120_000);
  await openWithLibrary(page, twin);
  await startMerge(page);
  await typeAtEnd(page, 'Typed in the app.');
  await saved(page);

  const [summary] = await callThroughApi(page, 'drafts.list', {});
  const draft = await callThroughApi(page, 'drafts.get', { id: summary!.id });
  const replace = (s: string) => s.replaceAll('Typed in the app.', 'Rewritten by a script.');
  await cli(twin.dataDir, 'drafts.save', { id: draft.id, storyId: draft.storyId, title: draft.title, content: replace(draft.content), text: replace(draft.text), baseRevision: draft.revision });

  await typeAtEnd(page, 'Typed after the script.');
  const conflict = page.getByTestId('merge-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(new RegExp(`changed elsewhere \\(revision ${draft.revision + 1}, saved \\d\\d:\\d\\d( [AP]M)? from the command line\\)`));
  await conflict.screenshot({ path: path.join(SCREENSHOTS, 'concurrency-conflict-notice.png') });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'concurrency-conflict-1440x900.png') });
  await conflict.getByRole('button', { name: 'Reload theirs' }).click();
  await expect(body(page)).toContainText('Rewritten by a script.');
  await expect(body(page)).not.toContainText('Typed after the script.');
});

test('copies the command line imports while the app is open appear in its library without a reload', async ({ page, twin }) => {
  test.setTimeout(120_000);
  await openWithLibrary(page, twin);
  const headline = 'Harbour bridge reopens after repairs';
  await expect(page.getByTestId('library-story').filter({ hasText: headline })).toHaveCount(0);
  const text = [
    headline,
    'PORTSMOUTH (Wire) - The harbour bridge reopened to traffic on Monday after eight weeks of repairs, the council said.',
    'Engineers replaced two of the bridge supports and resurfaced the road, at a cost of about 2 million pounds.',
  ].join('\n\n');
  await cli(twin.dataDir, 'import.text', { text, source: 'script.txt' });
  // Nobody touches the page: the twin notices the change on disk and tells the page, which reloads its list.
  await expect(page.getByTestId('library-story').filter({ hasText: headline })).toHaveCount(1, { timeout: 20_000 });
});

test('a draft deleted in another window while open here: typing shows the notice, and "keep mine as a copy" saves the text', async ({ page, twin }) => {
  test.setTimeout(120_000);
  await openWithLibrary(page, twin);
  await startMerge(page);
  const [open] = await callThroughApi(page, 'drafts.list', {});
  // What the other window's "Delete draft" sends.
  await callThroughApi(page, 'drafts.delete', { id: open!.id });

  await typeAtEnd(page, 'Typed after the deletion.');
  const conflict = page.getByTestId('merge-conflict');
  await expect(conflict).toContainText('This draft was deleted elsewhere');
  await conflict.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(conflict).toHaveCount(0);
  const drafts = await callThroughApi(page, 'drafts.list', {});
  expect(drafts).toHaveLength(1);
  expect((await callThroughApi(page, 'drafts.get', { id: drafts[0]!.id })).text).toContain('Typed after the deletion.');
});
