/**
 * Puts an export on the clipboard. Rich text goes as two representations at once, so a CMS or word processor
 * takes the HTML and a plain editor the text. Browsers refuse without focus or permission (Electron grants
 * only clipboard writing, see electron/main/security.ts): the answer is a sentence for the dialog, never a throw.
 */
export async function copyRichText(html: string, text: string): Promise<string> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return 'This browser cannot copy rich text: use Copy as plain text.';
  try {
    const item = new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) });
    await navigator.clipboard.write([item]);
    return 'Copied as rich text.';
  } catch (error) {
    return refusal(error);
  }
}

export async function copyPlainText(text: string): Promise<string> {
  if (!navigator.clipboard?.writeText) return 'This browser gives the page no clipboard.';
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied as plain text.';
  } catch (error) {
    return refusal(error);
  }
}

const refusal = (error: unknown): string =>
  `The clipboard refused the copy${error instanceof Error && error.message ? ` (${error.message})` : ''}. Click in the window and try again.`;
