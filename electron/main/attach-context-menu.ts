import { BrowserWindow, clipboard, Menu, type WebContents } from 'electron';
import { contextMenuTemplate } from './context-menu';

export interface SpellingSource {
  /** Guesses for a word Chromium marked, when Chromium itself gave none (the offline checker's). */
  suggest: (word: string) => string[];
  addWord: (word: string) => void;
}

/** Shows the context menu built by contextMenuTemplate on every right-click (or Menu key) in `contents`. */
export function attachContextMenu(contents: WebContents, spelling: SpellingSource): void {
  contents.on('context-menu', (_event, params) => {
    const word = params.misspelledWord;
    // Chromium's built-in checker (macOS) fills dictionarySuggestions; a custom provider never gets any.
    const suggestions = params.dictionarySuggestions.length > 0 || !word || !params.isEditable ? params.dictionarySuggestions : spelling.suggest(word);
    const template = contextMenuTemplate(params, suggestions, {
      replaceMisspelling: (replacement) => contents.replaceMisspelling(replacement),
      addToDictionary: (added) => spelling.addWord(added),
      copyLink: (url) => clipboard.writeText(url),
    });
    if (template.length === 0) return;
    const window = BrowserWindow.fromWebContents(contents);
    Menu.buildFromTemplate(template).popup(window ? { window } : {});
  });
}
