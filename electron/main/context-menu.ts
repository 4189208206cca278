import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** The parts of Electron's context-menu params the menu is built from (recorded params in the tests). */
export type ContextMenuFacts = Pick<ContextMenuParams, 'isEditable' | 'editFlags' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'linkURL'>;

export interface ContextMenuActions {
  replaceMisspelling: (replacement: string) => void;
  addToDictionary: (word: string) => void;
  copyLink: (url: string) => void;
}

/** More than this many guesses only push Cut and Paste off the bottom of the menu. */
export const MAX_SUGGESTIONS = 6;

/**
 * The right-click menu for what is under the pointer: spelling guesses and the editing commands in editable
 * text, Copy on selected read-only text, Copy Link on a link. A link is never opened from here (the window
 * opens nothing), and images get nothing. `suggestions` are Chromium's own guesses when it gave some, else
 * Copydesk's offline checker's. An empty template means no menu.
 */
export function contextMenuTemplate(params: ContextMenuFacts, suggestions: readonly string[], actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const misspelled = params.misspelledWord.trim();
  if (params.isEditable && misspelled) {
    const guesses = suggestions.slice(0, MAX_SUGGESTIONS);
    if (guesses.length === 0) template.push({ label: 'No Spelling Suggestions', enabled: false });
    for (const guess of guesses) template.push({ label: guess, click: () => actions.replaceMisspelling(guess) });
    template.push(separator, { label: 'Add to Dictionary', click: () => actions.addToDictionary(misspelled) }, separator);
  }
  if (params.isEditable) {
    const flags = params.editFlags;
    template.push(
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { role: 'pasteAndMatchStyle', enabled: flags.canPaste },
      separator,
      { role: 'selectAll', enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim()) {
    template.push({ role: 'copy' });
  }
  if (params.linkURL) {
    if (template.length > 0) template.push(separator);
    template.push({ label: 'Copy Link', click: () => actions.copyLink(params.linkURL) });
  }
  return template;
}
