import { SPELLCHECK_CHANNEL } from '../main/spellcheck/channels';

/** The little of the DOM the provider reads (the preload's tsconfig has no DOM types). */
interface LangElement {
  closest: (selector: string) => { getAttribute: (name: string) => string | null } | null;
}
export interface PageDocument {
  activeElement: LangElement | null;
  documentElement: { getAttribute: (name: string) => string | null };
}

export interface SpellcheckPreloadDeps {
  setSpellCheckProvider: (language: string, provider: { spellCheck: (words: string[], callback: (misspelt: string[]) => void) => void }) => void;
  invoke: (channel: string, input: unknown) => Promise<unknown>;
  document: PageDocument;
}

/**
 * The language of the text being typed: the lang of the focused field or its nearest ancestor (the editor sets
 * it from the house style's quote style), else the page's.
 */
export const pageLanguage = (document: PageDocument): string =>
  document.activeElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.getAttribute('lang') ?? '';

const misspeltFrom = (answer: unknown): string[] => {
  const list = (answer as { ok?: unknown; misspelled?: unknown } | null)?.misspelled;
  return Array.isArray(list) ? list.filter((word): word is string => typeof word === 'string') : [];
};

/**
 * Chromium's spellchecker on Linux and Windows would download its dictionaries, which the session refuses:
 * this custom provider asks the main process's offline checker instead. The language given to Chromium
 * only picks its word-splitting rules (the same for every English); the dictionary follows the text's lang.
 * A failed call marks nothing rather than everything.
 */
export function installSpellCheckProvider({ setSpellCheckProvider, invoke, document }: SpellcheckPreloadDeps): void {
  setSpellCheckProvider('en-GB', {
    spellCheck: (words, callback) => {
      invoke(SPELLCHECK_CHANNEL, { lang: pageLanguage(document), words }).then(
        (answer) => callback(misspeltFrom(answer)),
        () => callback([]),
      );
    },
  });
}
