import type { Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bytesOf, HOSTILE_FILE_NAMES, HOSTILE_HEADLINE, hostileCorpus, PASTED_CASES, SENTINEL } from '../electron/main/ingest/__fixtures__/hostile';
import { HTML_CASES } from '../electron/main/ingest/__fixtures__/hostile/html-cases';
import { callThroughApi } from './fixtures/apiImport';
import { recordOutside } from './fixtures/outsideRequests';
import { expect, openWithLibrary, test } from './fixtures/twin';

// Issue 8, part 2, for the views: the hostile corpus imported into the browser twin, then every copy opened, its
// story compared (side by side, inline, matrix), merged, and exported to HTML in the preview. No payload may run
// (the sentinel every payload sets stays unset, in the page and in any frame), no dialog may open, and no request
// may leave the twin. The self-checks below prove each of those detectors can see what it looks for.

const base64 = (content: string | Uint8Array): string => Buffer.from(bytesOf(content)).toString('base64');

/** The sentinel as the page and every frame in it see it: undefined in each when nothing ran. */
const sentinels = (page: Page): Promise<unknown[]> => Promise.all(page.frames().map((frame) => frame.evaluate((name) => (window as unknown as Record<string, unknown>)[name], SENTINEL).catch(() => undefined)));

/** Every dialog (alert, confirm, prompt, beforeunload) the page opens, dismissed. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

let secretDir = '';
let secretUrl = '';

test.beforeAll(async () => {
  secretDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-e2e-secret-'));
  const secret = path.join(secretDir, 'secret.txt');
  await writeFile(secret, 'copydesk-e2e-secret-marker\n');
  secretUrl = pathToFileURL(secret).href;
});

test.afterAll(async () => {
  await rm(secretDir, { recursive: true, force: true });
});

/** Hovers and clicks every link the copy view shows (the copy view renders text, so normally none). */
async function pokeLinks(page: Page): Promise<void> {
  const links = page.getByTestId('copy-view').locator('a');
  for (let i = 0; i < (await links.count()); i++) {
    await links.nth(i).hover();
    await links.nth(i).click();
  }
}

test('the hostile corpus runs nowhere: library, copies, compare, merge and the export preview', async ({ page, twin }) => {
  test.setTimeout(300_000);
  const outside = await recordOutside(page, twin.url);
  const dialogs = recordDialogs(page);
  await openWithLibrary(page, twin);

  const corpus = hostileCorpus(secretUrl);
  const named = HOSTILE_FILE_NAMES.map(({ name }, i) => ({ name, dataBase64: base64(`Harbour ${i} reopens after repairs\n\nThe harbour at ${name.length} reopened on day ${i + 1} after repairs to the quay wall, the port said.`) }));
  // The file whose name is markup carries a story of its own, so the library can single it out.
  const markupName = HOSTILE_FILE_NAMES.at(-1)!.name;
  named[named.length - 1] = { name: markupName, dataBase64: base64('Lighthouse keeper retires after forty years\n\nThe last keeper of the island lighthouse retired on Friday after forty years, the trust said.') };
  const report = await callThroughApi(page, 'import.files', { files: [...corpus.map((c) => ({ name: c.name, dataBase64: base64(c.content) })), ...named] });
  expect(report.imported.length).toBeGreaterThan(30);
  for (const c of PASTED_CASES) await callThroughApi(page, 'import.text', { text: String(c.content), source: c.name });
  const copies = await callThroughApi(page, 'library.list', {});
  const hostileStories = new Set(copies.copies.filter((c) => c.headline === HOSTILE_HEADLINE).map((c) => c.storyId));
  await page.reload();

  // A file name that is markup shows as a plain label in the inspector.
  await page.getByTestId('search').fill('Lighthouse keeper');
  await page.getByTestId('library-copy').first().click();
  await expect(page.getByTestId('inspector')).toContainText(markupName);
  await page.getByTestId('search').fill('');

  // Every copy of every hostile story, opened by the keyboard route the tree offers (it is virtualised). Each shows
  // its own case's sentence, so the test knows every hostile copy was really rendered.
  const seen = new Set<string>();
  let opened = 0;
  let shown = '';
  const storyRows = page.getByTestId('library-story').filter({ hasText: HOSTILE_HEADLINE });
  await expect(storyRows).toHaveCount(hostileStories.size);
  for (let s = 0; s < hostileStories.size; s++) {
    const story = storyRows.nth(s);
    await story.click();
    if ((await story.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('ArrowRight');
    await expect(story).toHaveAttribute('aria-expanded', 'true');
    const members = Number(/(\d+) versions?\b/.exec(await story.innerText())?.[1]);
    // → on an open story moves to its first copy; ↓ to the next.
    await page.keyboard.press('ArrowRight');
    for (let k = 0; k < members; k++) {
      if (k > 0) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const previous = shown;
      await expect.poll(async () => (shown = await page.getByTestId('copy-view').innerText())).not.toBe(previous);
      const id = /filed under reference (\S+) was released/.exec(shown)?.[1] ?? '(none)';
      seen.add(id);
      opened++;
      await page.getByTestId('copy-view').hover();
      await pokeLinks(page);
      if (id === 'text-looks-like-html') {
        // Tags in the copy's own text show as characters. Looked at by eye (test-results/…/hostile-copy.png).
        expect(shown).toContain(`<script>window.${SENTINEL}='text-looks-like-html'</script>`);
        await page.screenshot({ path: test.info().outputPath('hostile-copy.png') });
      }
    }
  }
  const importedIds = report.imported.filter((c) => c.headline === HOSTILE_HEADLINE).map((c) => corpus.find((k) => k.name === c.origin.source)?.id ?? c.origin.source);
  // The pasted fragment's sentence is among the lines page analysis set aside, so it shows no reference.
  expect([...seen].sort()).toEqual([...importedIds, '(none)'].sort());
  expect(opened).toBe(copies.copies.filter((c) => c.headline === HOSTILE_HEADLINE).length);

  // The biggest hostile story through Compare (all three views), Merge and the HTML export preview.
  const story = storyRows.first();
  await story.click();
  if ((await story.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.getByTestId('compare-side-by-side')).toBeVisible();
  await page.getByRole('button', { name: 'Inline' }).click();
  await page.getByRole('button', { name: 'Matrix' }).click();
  await expect(page.getByTestId('compare-matrix-version').first()).toBeVisible();
  await page.getByTestId('compare-cell').first().hover();
  await page.getByRole('tab', { name: 'Merge' }).click();
  await page.getByTestId('merge-start').getByRole('button', { name: /^Merge \d+ versions$/ }).click();
  await expect(page.getByTestId('merge').locator('.passage').first()).toBeVisible();
  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog).toBeVisible();
  await exportDialog.getByRole('radio', { name: 'HTML document' }).check();
  await expect(exportDialog.getByText('<!DOCTYPE html>')).toBeVisible();

  expect(await sentinels(page)).toEqual(page.frames().map(() => undefined));
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
});

test.describe('the detectors themselves', () => {
  test('see the sentinel when something sets it, and a dialog when one opens', async ({ page, twin }) => {
    const dialogs = recordDialogs(page);
    await openWithLibrary(page, twin);
    await page.evaluate((name) => {
      (window as unknown as Record<string, unknown>)[name] = 'self-check';
      alert('self-check');
    }, SENTINEL);
    expect(await sentinels(page)).toContain('self-check');
    expect(dialogs).toEqual(['alert: self-check']);
  });

  // The corpus is live: rendered raw by a browser (what the app must never do), its payloads do run.
  test.use({ bypassCSP: true });
  for (const c of HTML_CASES.filter((k) => ['html-script-inline', 'html-img-onerror', 'html-svg-onload', 'html-iframe'].includes(k.id))) {
    test(`${c.id} sets the sentinel when a browser renders it raw`, async ({ page }) => {
      await page.route('**/*', (route) => route.abort());
      await page.setContent(String(c.content));
      await expect.poll(() => sentinels(page)).toContain(c.id);
    });
  }
});
