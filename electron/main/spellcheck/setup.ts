import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { attachContextMenu, type SpellingSource } from '../attach-context-menu';
import { usesOfflineSpellchecker } from './channels';
import { registerSpellcheckIpc } from './ipc';
import { createOfflineSpellChecker } from './offline-checker';

/** After the page's own start-up work (library, first queries), so the two do not compete. */
const WARM_UP_DELAY_MS = 2000;

export interface SpellingOptions {
  appRoot: string;
  dataDir: string;
  platform: NodeJS.Platform;
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
}

/**
 * Spelling and the context menu for the window. Called before the window exists, so the spellcheck channel
 * answers the page's first check; `attach` then adds the context menu to the window's contents. On macOS the
 * OS checker marks words and gives Chromium its guesses; elsewhere the offline checker does both.
 */
export async function prepareSpelling(options: SpellingOptions): Promise<{ attach: (contents: WebContents) => void }> {
  if (!usesOfflineSpellchecker(options.platform)) {
    return { attach: (contents) => attachContextMenu(contents, { suggest: () => [], addWord: (word) => contents.session.addWordToSpellCheckerDictionary(word) }) };
  }
  const checker = await createOfflineSpellChecker(options.appRoot, options.dataDir);
  registerSpellcheckIpc(checker, options.isTrustedSender);
  return {
    attach: (contents) => {
      const spelling: SpellingSource = {
        suggest: (word) => checker.suggest(checker.lastLanguage(), word),
        addWord: (word) =>
          void checker.addWord(word).then(
            // Chromium keeps its mark until the word is checked again: putting the word back in place does that.
            () => contents.replaceMisspelling(word),
            (error: Error) => console.error(`[copydesk] ${error.message}`),
          ),
      };
      attachContextMenu(contents, spelling);
      // Parsing a dictionary holds the main process for about half a second: done once the page is up rather
      // than on the first word typed. en-GB is the house default (UK quote style).
      contents.once('did-finish-load', () => setTimeout(() => checker.warmUp('en-GB'), WARM_UP_DELAY_MS));
    },
  };
}
