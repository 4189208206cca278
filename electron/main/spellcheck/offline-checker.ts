import path from 'node:path';
import { createSpellChecker, type SpellChecker } from './checker';
import { readDictionary, readPersonalWords, writePersonalWords } from './dictionaries';

/** The personal word list, beside the store in the data folder. */
export const PERSONAL_WORDS_FILE = 'spelling-words.txt';

/**
 * The checker the app runs: dictionaries from the app's node_modules, the user's words from the data folder.
 * If that list exists but cannot be read, added words still count for this session but are not written, so
 * the unread list is never overwritten by a shorter one.
 */
export async function createOfflineSpellChecker(appRoot: string, dataDir: string): Promise<SpellChecker> {
  const file = path.join(dataDir, PERSONAL_WORDS_FILE);
  let readable = true;
  const personalWords = await readPersonalWords(file).catch((error: Error) => {
    readable = false;
    console.error(`[copydesk] ${error.message}`);
    return [];
  });
  return createSpellChecker({
    loadDictionary: (language) => readDictionary(appRoot, language),
    personalWords,
    savePersonalWords: async (words) => {
      if (!readable) throw new Error(`Not saving ${file}: it could not be read at start, and writing it now would lose its words.`);
      await writePersonalWords(file, words);
    },
  });
}
