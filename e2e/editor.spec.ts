import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openWithLibrary, test, type Twin } from './fixtures/twin';
import { articleBody } from './fixtures/merge';
import { openNewerLfrCopy } from './fixtures/sample';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');

/** The sample story merged with the default policy, the draft editor showing it. */
async function openMergedDraft(page: Page, twin: Twin) {
  await openWithLibrary(page, twin);
  await openNewerLfrCopy(page, 'Merge');
  await page.getByTestId('merge-start').getByRole('button', { name: /^Merge \d+ versions$/ }).click();
  await expect(body(page).locator('.passage').first()).toBeVisible();
}

const editor = (page: Page) => page.getByTestId('draft-editor');
const body = articleBody;

/** The body's text on one side of the caret. */
const textBesideCaret = (page: Page, side: 'before' | 'after') =>
  body(page).evaluate((element, before) => {
    const selection = window.getSelection();
    if (!selection?.focusNode) return null;
    const rest = document.createRange();
    rest.selectNodeContents(element);
    if (before) rest.setEnd(selection.focusNode, selection.focusOffset);
    else rest.setStart(selection.focusNode, selection.focusOffset);
    return rest.toString();
  }, side === 'before');

/** Clicks into the body and puts the caret at its start or end, as a sub-editor would: at once. */
async function caretTo(page: Page, end: 'start' | 'end') {
  await body(page).click();
  await page.keyboard.press(end === 'start' ? 'Control+Home' : 'Control+End');
  expect(await textBesideCaret(page, end === 'start' ? 'before' : 'after')).toBe('');
}

/** How often `word` occurs in the body as the reader sees it, ignoring case. */
async function occurrences(page: Page, word: string): Promise<number> {
  const text = await body(page).innerText();
  return text.toLowerCase().split(word.toLowerCase()).length - 1;
}

test('find and replace in the draft: Ctrl+F finds in the article, replace all is one undo step', async ({ page, twin }) => {
  await openMergedDraft(page, twin);
  const expected = await occurrences(page, 'police');
  expect(expected).toBeGreaterThan(1);

  await caretTo(page, 'start');
  await page.keyboard.press('Control+f');
  const query = page.getByTestId('find-query');
  // The editor's find bar took the shortcut, not the library's search box.
  await expect(query).toBeFocused();
  await page.keyboard.type('police');
  await expect(page.getByTestId('find-count')).toHaveText(new RegExp(`^1 of ${expected}$`));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText(`2 of ${expected}`);
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByTestId('find-count')).toHaveText(`1 of ${expected}`);

  await page.keyboard.press('Control+h');
  await page.getByTestId('find-replacement').fill('constabulary');
  await page.getByTestId('find-replace-all').click();
  await expect(page.getByTestId('find-count')).toHaveText('No matches');
  expect(await occurrences(page, 'police')).toBe(0);
  expect(await occurrences(page, 'constabulary')).toBe(expected);
  // The passages whose text changed show as edited; their provenance stays.
  await expect(body(page).locator('.passage[data-edited="true"]').first()).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-bar')).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect.poll(() => occurrences(page, 'police')).toBe(expected);
  expect(await occurrences(page, 'constabulary')).toBe(0);
});

test('formatting, links, fields and the word count', async ({ page, twin }) => {
  await openMergedDraft(page, twin);
  const words = async () => Number((await page.getByTestId('word-count').innerText()).match(/^([\d,]+) words?/)![1]!.replace(/,/g, ''));
  const before = await words();

  await caretTo(page, 'end');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Three more words');
  await expect.poll(words).toBe(before + 3);

  // A sub-head from the toolbar, and the toolbar showing it.
  await editor(page).getByRole('button', { name: 'Sub-head' }).click();
  await expect(body(page).locator('h2')).toHaveText('Three more words');
  await expect(editor(page).getByRole('button', { name: 'Sub-head' })).toHaveAttribute('aria-pressed', 'true');

  // Bold follows the selection, even when the keys come at once, while the autosave is landing
  // (syncSelectionOnKeydown.ts says why that once bolded the wrong words).
  const boldInHeading = body(page).locator('h2 strong, h2 .draft-body__bold');
  await body(page).locator('h2').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+b');
  await expect(editor(page).getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await expect(boldInHeading.first()).toHaveText('Three more words');

  // A link: a script URL is refused with a reason, a bare domain is completed.
  await page.keyboard.press('Control+k');
  const dialog = page.getByTestId('link-dialog');
  const address = dialog.getByRole('textbox', { name: 'Web or email address' });
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('Only web');
  await address.fill('bbc.co.uk/news');
  await address.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(body(page).locator('a[href="https://bbc.co.uk/news"]')).toHaveText('Three more words');

  // Rich HTML pasted from a web page comes in as the formatting the article supports, nothing more.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await body(page).evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>Pasted <u>underlined</u> <b>bold</b> and <span style="color:red;font-size:40px">red</span><img src="https://example.com/x.png"><iframe src="https://example.com"></iframe></p>');
    data.setData('text/plain', 'Pasted underlined bold and red');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body(page)).toContainText('Pasted underlined bold and red');
  await expect(body(page).locator('img, iframe, u, [style*="color"], [style*="font-size"]')).toHaveCount(0);
  await expect(body(page).locator('strong, .draft-body__bold').filter({ hasText: 'bold' })).toHaveCount(1);

  // The toolbar is one Tab stop: the arrows move along it.
  await editor(page).getByRole('button', { name: 'Bold' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(editor(page).getByRole('button', { name: 'Italic' })).toBeFocused();

  // Enter in the headline moves on to the standfirst instead of breaking the line.
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toBeFocused();
  await expect(headline).not.toHaveValue(/\n/);

  // With the find and replace bar open too: no serious accessibility problem in either theme.
  await body(page).click();
  await page.keyboard.press('Control+h');
  await page.keyboard.type('the');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await page.screenshot({ path: path.join(SCREENSHOTS, `editor-${colorScheme}-1440x900.png`) });
    const results = await new AxeBuilder({ page }).include('[data-testid="draft-editor"]').analyze();
    const severe = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(severe).toEqual([]);
  }
});
