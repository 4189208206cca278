import AxeBuilder from '@axe-core/playwright';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { JSDOM } from 'jsdom';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { callThroughApi } from './fixtures/apiImport';
import { articleBody } from './fixtures/merge';
import { openNewerLfrCopy, SAMPLE } from './fixtures/sample';
import { expect, openWithLibrary, test } from './fixtures/twin';

// Export end to end in the browser twin: the sample story merged, exported by the dialog as HTML and ninjs
// into a real folder, the "exists" question answered with Keep both, a batch of two items × two formats,
// the export history, and the clipboard. Screenshots of each dialog go to test-results/screenshots.
const SCREENSHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');
const IPTC = path.resolve(import.meta.dirname, '../../shared/fixtures/iptc');

const validNinjs = (() => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The schema refers to GeoJSON for places; an article carries none, so any object stands in for it.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(JSON.parse(readFileSync(path.join(IPTC, 'ninjs-schema_3.1.json'), 'utf8')) as object);
})();

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function axeClean(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Opens the export dialog with the shortcut and waits for its check; waives whatever it found. */
async function openExportDialog(page: Page) {
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-check')).toHaveAttribute('aria-busy', 'false');
  return dialog;
}

async function chooseFormat(page: Page, label: string) {
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: label }).check();
  await expect(dialog.getByTestId('export-filename')).not.toHaveValue('');
}

test('export the sample merge as HTML and ninjs, number a second HTML, the history and the clipboard', async ({ page, twin, context }) => {
  // One flow of five exports through the dialog, each one checked, previewed and written.
  test.setTimeout(120_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'copydesk-export-'));
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(twin.url).origin });
    await openWithLibrary(page, twin);
    await openNewerLfrCopy(page, 'Merge');
    await page.getByTestId('merge-start').getByRole('button', { name: 'Merge 2 versions' }).click();
    await expect(articleBody(page)).toContainText(SAMPLE.lfr.firstWords);
    const paragraphs = (await articleBody(page).locator('p').allTextContents()).map(squash).filter(Boolean);
    expect(paragraphs.length).toBeGreaterThan(3);

    // The dialog: format, preview, check. Export waits until every problem is waived, and says why.
    const dialog = await openExportDialog(page);
    await chooseFormat(page, 'HTML document');
    await expect(dialog.getByTestId('export-preview')).toContainText('<h1>');
    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    const problems = dialog.getByTestId('export-problem');
    const found = await problems.count();
    if (found > 0) {
      await expect(exportButton).toBeDisabled();
      await expect(dialog.getByTestId('export-blocked')).toContainText(found === 1 ? '1 problem is' : `${found} problems are`);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'export-check-light-1440x900.png') });
      await dialog.getByTestId('export-problem').first().getByRole('checkbox', { name: 'Waive' }).check();
      if (found > 1) await dialog.getByRole('checkbox', { name: 'Waive all' }).check();
    }
    await expect(exportButton).toBeEnabled();
    await dialog.getByTestId('export-folder').fill(folder);
    await expect(dialog.getByTestId('export-filename')).toHaveValue(/\.html$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-dialog-light-1440x900.png') });
    await axeClean(page, '[data-testid="export-dialog"]');
    const htmlName = await dialog.getByTestId('export-filename').inputValue();
    await exportButton.click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: `Exported ${htmlName} to ${folder}` })).toBeVisible();
    await expect(page.getByTestId('merge-status')).toHaveValue('exported');

    // The file is on disk, parses, has the headline in h1 and every paragraph of the article.
    const html = new JSDOM(await readFile(path.join(folder, htmlName), 'utf8')).window.document;
    expect(html.querySelector('h1')?.textContent).toMatch(SAMPLE.lfr.headline);
    const written = [...html.querySelectorAll('p')].map((p) => squash(p.textContent ?? ''));
    for (const paragraph of paragraphs) expect(written).toContain(paragraph);

    // ninjs the same way: valid against the IPTC 3.1 schema. Waivers stay while the draft is open.
    await openExportDialog(page);
    await chooseFormat(page, 'ninjs 3.1 (JSON)');
    await expect(dialog.getByTestId('export-folder')).toHaveValue(folder);
    const ninjsName = await dialog.getByTestId('export-filename').inputValue();
    expect(ninjsName).toMatch(/\.ninjs\.json$/);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    const ninjs = JSON.parse(await readFile(path.join(folder, ninjsName), 'utf8')) as { headlines?: { value: string }[] };
    expect(validNinjs(ninjs), JSON.stringify(validNinjs.errors)).toBe(true);
    expect(ninjs.headlines?.[0]?.value).toMatch(SAMPLE.lfr.headline);

    // HTML again into the same folder: asked, never overwritten; Keep both writes the numbered file.
    await openExportDialog(page);
    await chooseFormat(page, 'HTML document');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const question = dialog.getByTestId('export-exists');
    await expect(question).toContainText(`${htmlName} already exists in ${folder}`);
    const numbered = htmlName.replace(/\.html$/, '-2.html');
    await expect(question.getByRole('button', { name: /Keep both/ })).toContainText(numbered);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-exists-light-1440x900.png') });
    await axeClean(page, '[data-testid="export-dialog"]');
    await question.getByRole('button', { name: /Keep both/ }).click();
    await expect(dialog).toHaveCount(0);
    expect(existsSync(path.join(folder, numbered))).toBe(true);
    expect((await readdir(folder)).sort()).toEqual([htmlName, numbered, ninjsName].sort());

    // The history lists the three exports, newest first.
    await page.getByRole('tab', { name: 'Revisions' }).click();
    const records = page.getByTestId('export-record');
    await expect(records).toHaveCount(3);
    await expect(records.first()).toContainText(numbered);
    await expect(records.first()).toContainText('HTML document');
    await expect(records.nth(1)).toContainText(ninjsName);
    await expect(records.first()).toContainText(folder);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-history-light-1440x900.png') });

    // Clipboard: rich text carries the HTML and the plain text together.
    await openExportDialog(page);
    await dialog.getByRole('button', { name: 'Copy as rich text' }).click();
    await expect(dialog.getByTestId('export-clipboard-note')).toHaveText('Copied as rich text.');
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: item ? [...item.types] : [], html: item ? await (await item.getType('text/html')).text() : '' };
    });
    expect(clip.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(clip.html).toContain('<h1>');
    await dialog.getByRole('button', { name: 'Copy as plain text' }).click();
    await expect(dialog.getByTestId('export-clipboard-note')).toHaveText('Copied as plain text.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(SAMPLE.lfr.firstWords);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('export many from the library: a draft and a story without one, in two formats, with a summary', async ({ page, twin }) => {
  const batchFolder = await mkdtemp(path.join(os.tmpdir(), 'copydesk-export-many-'));
  try {
    await openWithLibrary(page, twin);
    const { stories } = await callThroughApi(page, 'library.list', {});
    const lfr = stories.find((s) => SAMPLE.lfr.headline.test(s.headline ?? ''))!;
    const sky = stories.find((s) => s.headline === SAMPLE.sky.headline)!;
    await callThroughApi(page, 'drafts.fromStory', { storyId: lfr.id });

    // The draft row's menu opens Export Many with that draft chosen; the Sky story (no draft yet) is added.
    const row = page.getByTestId('library-draft').first();
    await row.focus();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Export…' }).click();
    const many = page.getByTestId('export-many-dialog');
    await expect(many).toBeVisible();
    const items = many.getByTestId('export-many-items');
    await expect(items.getByRole('checkbox', { checked: true })).toHaveCount(1);
    await items.getByRole('checkbox', { name: sky.headline! }).check();
    const formats = many.getByTestId('export-many-formats');
    for (const box of await formats.getByRole('checkbox').all()) await box.uncheck();
    await expect(many.getByTestId('export-many-blocked')).toHaveText('Choose at least one format.');
    await formats.getByRole('checkbox', { name: 'Plain text' }).check();
    await formats.getByRole('checkbox', { name: 'Markdown' }).check();
    await many.getByTestId('export-folder').fill(batchFolder);
    await many.getByRole('checkbox', { name: 'Also export drafts with unreviewed problems' }).check();
    await expect(many.getByTestId('export-many-blocked')).toHaveText('4 files to write');
    await axeClean(page, '[data-testid="export-many-dialog"]');
    // Four small files are written faster than a poll could see the bar: the page records every progress
    // label it shows instead.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const label = document.querySelector('[data-testid="export-progress"] .import-progress__label')?.textContent;
        if (label && seen.at(-1) !== label) seen.push(label);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await many.getByRole('button', { name: 'Export', exact: true }).click();

    const summary = many.getByTestId('export-many-summary');
    await expect(summary).toContainText('Wrote 4 files');
    await expect(summary).toContainText('merged 1 new draft');
    await expect(summary.getByTestId('export-written')).toHaveCount(4);
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progress[0]).toBe('Exporting 0 of 4 files');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-many-summary-light-1440x900.png') });
    await axeClean(page, '[data-testid="export-many-dialog"]');
    const files = (await readdir(batchFolder)).sort();
    expect(files.filter((f) => f.endsWith('.txt'))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('.md'))).toHaveLength(2);
    expect(files).toHaveLength(4);
    await many.getByRole('button', { name: 'Done' }).click();
    await expect(many).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Wrote 4 files' })).toBeVisible();
    // Both drafts are marked exported in the library.
    await expect(page.getByTestId('library-draft').getByTestId('draft-status')).toHaveText(['Exported', 'Exported']);

    // Ctrl/⌘+Shift+E opens it too, with the same choices remembered.
    await page.keyboard.press('Control+Shift+E');
    await expect(many).toBeVisible();
    await expect(many.getByTestId('export-folder')).toHaveValue(batchFolder);
    await expect(many.getByTestId('export-many-formats').getByRole('checkbox', { checked: true })).toHaveCount(2);
    await many.getByRole('button', { name: 'Cancel' }).click();
    await expect(many).toHaveCount(0);
  } finally {
    await rm(batchFolder, { recursive: true, force: true });
  }
});

test('dark theme: the Word preview, a folder that is gone said in words, and Export Many before it starts', async ({ page, twin }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openWithLibrary(page, twin);
  const { stories } = await callThroughApi(page, 'library.list', {});
  const lfr = stories.find((s) => SAMPLE.lfr.headline.test(s.headline ?? ''))!;
  await callThroughApi(page, 'drafts.fromStory', { storyId: lfr.id });
  await page.getByTestId('library-draft').first().click();
  await expect(articleBody(page)).toContainText(SAMPLE.lfr.firstWords);

  // The header's button opens the same dialog as the shortcut.
  await page.getByTestId('merge').getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-check')).toHaveAttribute('aria-busy', 'false');
  await chooseFormat(page, 'Word document (.docx)');
  await expect(dialog.getByTestId('export-preview-meta')).toContainText(/\.docx · [\d.]+ KB · its text below/);
  await expect(dialog.getByTestId('export-preview')).toContainText(SAMPLE.lfr.firstWords);
  if ((await dialog.getByTestId('export-problem').count()) > 1) await dialog.getByRole('checkbox', { name: 'Waive all' }).check();
  else if ((await dialog.getByTestId('export-problem').count()) === 1) await dialog.getByRole('checkbox', { name: 'Waive' }).check();

  const gone = path.join(os.tmpdir(), `copydesk-no-such-folder-${Date.now()}`);
  await dialog.getByTestId('export-folder').fill(gone);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-problem-message')).toContainText('Not exported:');
  expect(existsSync(gone)).toBe(false);
  await expect(page.getByTestId('merge-status')).toHaveValue('draft');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'export-dialog-docx-dark-1440x900.png') });
  await axeClean(page, '[data-testid="export-dialog"]');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Export Many opens with the open draft ticked.
  await page.keyboard.press('Control+Shift+E');
  const many = page.getByTestId('export-many-dialog');
  await expect(many.getByTestId('export-many-items').getByRole('checkbox', { checked: true })).toHaveCount(1);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'export-many-dark-1440x900.png') });
  await axeClean(page, '[data-testid="export-many-dialog"]');
});
