import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../store/atomic-write';
import type { HunspellDictionary } from './checker';
import { DICTIONARY_PACKAGES, type SpellLanguage } from './languages';

/**
 * A language's Hunspell files from the dictionary package in the app's node_modules: the repository's in
 * development, app.asar's in the package (electron-builder ships production dependencies there, and
 * Electron's fs reads inside the asar).
 */
export function readDictionary(appRoot: string, language: SpellLanguage): HunspellDictionary {
  const folder = path.join(appRoot, 'node_modules', DICTIONARY_PACKAGES[language]);
  try {
    return { aff: readFileSync(path.join(folder, 'index.aff')), dic: readFileSync(path.join(folder, 'index.dic')) };
  } catch (error) {
    throw new Error(`The ${language} spelling dictionary is missing or unreadable in ${folder}: ${(error as Error).message}`);
  }
}

/** The words the user added, one a line, in the data folder; none yet when the file does not exist. */
export async function readPersonalWords(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`Could not read the personal spelling dictionary ${file}: ${(error as Error).message}`);
  }
}

/** Rewritten whole and atomically: a crash mid-write leaves the previous list. */
export const writePersonalWords = (file: string, words: readonly string[]): Promise<void> => writeFileAtomic(file, `${[...words].sort().join('\n')}\n`);
