import nspell from 'nspell';
import { MAX_WORD_LENGTH } from './channels';
import { SPELL_LANGUAGES, type SpellLanguage } from './languages';

export interface HunspellDictionary {
  aff: Uint8Array;
  dic: Uint8Array;
}

export interface SpellCheckerOptions {
  loadDictionary: (language: SpellLanguage) => HunspellDictionary;
  /** Words the user added ("Add to Dictionary"), accepted in every language. */
  personalWords: readonly string[];
  /** Stores the whole personal list after an addition. */
  savePersonalWords: (words: readonly string[]) => Promise<void>;
}

export interface SpellChecker {
  /** The words of `words` that are misspelt in `language`, in order. */
  misspelled: (language: SpellLanguage, words: readonly string[]) => string[];
  /** Corrections for one word, best first; none for words longer than SUGGEST_MAX_LENGTH (see there). */
  suggest: (language: SpellLanguage, word: string) => string[];
  addWord: (word: string) => Promise<void>;
  /** The language of the latest check: the context menu's guesses are for the text that was just checked. */
  lastLanguage: () => SpellLanguage;
  /** Parses a dictionary now, so the first word typed does not wait for it. */
  warmUp: (language: SpellLanguage) => void;
}

/**
 * nspell's suggestions try every edit of the word, which grows with its length (a 25-letter nonsense word
 * takes about 0.3 s): longer words get no guesses, so a right-click never stalls the main process.
 */
export const SUGGEST_MAX_LENGTH = 24;

// Typographic apostrophes (the house style's ’) are the dictionaries' straight ones.
const normalise = (word: string) => word.replace(/[\u2018\u2019\u02bc]/g, "'");
// Words with digits (A38, 5G) and over-long tokens are codes and URLs, never spelling mistakes.
const checkable = (word: string) => word.length > 0 && word.length <= MAX_WORD_LENGTH && !/\d/.test(word);

/**
 * The offline spellchecker behind Electron's custom provider: nspell over the Hunspell dictionaries shipped
 * with the app. A language's dictionary is parsed on first use (about half a second), then kept.
 */
export function createSpellChecker(options: SpellCheckerOptions): SpellChecker {
  const loaded = new Map<SpellLanguage, ReturnType<typeof nspell>>();
  const personal = new Set(options.personalWords.map(normalise));
  let last: SpellLanguage = SPELL_LANGUAGES[0];
  const speller = (language: SpellLanguage) => {
    let checker = loaded.get(language);
    if (!checker) {
      const { aff, dic } = options.loadDictionary(language);
      checker = nspell(Buffer.from(aff), Buffer.from(dic));
      for (const word of personal) checker.add(word);
      loaded.set(language, checker);
    }
    return checker;
  };

  return {
    misspelled(language, words) {
      last = language;
      const checker = speller(language);
      return words.filter((word) => checkable(word) && !checker.correct(normalise(word)));
    },
    suggest(language, word) {
      const plain = normalise(word);
      if (!checkable(plain) || plain.length > SUGGEST_MAX_LENGTH) return [];
      return speller(language).suggest(plain);
    },
    async addWord(word) {
      const plain = normalise(word.trim());
      if (!checkable(plain) || personal.has(plain)) return;
      personal.add(plain);
      for (const checker of loaded.values()) checker.add(plain);
      await options.savePersonalWords([...personal]);
    },
    lastLanguage: () => last,
    warmUp: (language) => void speller(language),
  };
}
