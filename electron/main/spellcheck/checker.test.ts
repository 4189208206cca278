import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createSpellChecker } from './checker';
import { readDictionary, readPersonalWords, writePersonalWords } from './dictionaries';

// The real dictionaries, read the way the app reads them (node_modules under the app root).
const appRoot = path.resolve(import.meta.dirname, '../../..');
const checker = (personalWords: string[] = [], savePersonalWords = vi.fn(async () => {})) =>
  createSpellChecker({ loadDictionary: (language) => readDictionary(appRoot, language), personalWords, savePersonalWords });
const shared = checker();

describe('the offline spellchecker (nspell with the shipped dictionaries)', () => {
  it('spells "colour" right in British English and wrong in American, and "color" the other way', () => {
    expect(shared.misspelled('en-GB', ['colour', 'color'])).toEqual(['color']);
    expect(shared.misspelled('en-US', ['colour', 'color'])).toEqual(['colour']);
  });

  it('suggests "receive" for "recieve"', () => {
    expect(shared.suggest('en-GB', 'recieve')).toContain('receive');
    expect(shared.suggest('en-US', 'recieve')[0]).toBe('receive');
  });

  it('reads the house style’s curly apostrophe as the dictionary’s straight one', () => {
    expect(shared.misspelled('en-GB', ['don’t', "don't", 'dont’t'])).toEqual(['dont’t']);
  });

  it('never flags codes, numbers or over-long tokens, and gives no guesses for very long words', () => {
    expect(shared.misspelled('en-GB', ['A38', '5G', 'x'.repeat(65)])).toEqual([]);
    expect(shared.suggest('en-GB', 'abcdefghijklmnopqrstuvwxy')).toEqual([]);
  });

  it('remembers the language last checked, for the context menu’s guesses', () => {
    // A one-word dictionary: only the bookkeeping is under test here.
    const tiny = { aff: Buffer.from('SET UTF-8\n'), dic: Buffer.from('1\nword\n') };
    const fresh = createSpellChecker({ loadDictionary: () => tiny, personalWords: [], savePersonalWords: async () => {} });
    expect(fresh.lastLanguage()).toBe('en-GB');
    fresh.misspelled('en-US', ['word']);
    expect(fresh.lastLanguage()).toBe('en-US');
  });

  it('parses a dictionary once, whether warmed up or first used by a check', () => {
    const load = vi.fn(() => ({ aff: Buffer.from('SET UTF-8\n'), dic: Buffer.from('1\nword\n') }));
    const warmed = createSpellChecker({ loadDictionary: load, personalWords: [], savePersonalWords: async () => {} });
    warmed.warmUp('en-GB');
    expect(load).toHaveBeenCalledWith('en-GB');
    expect(warmed.misspelled('en-GB', ['word', 'wrod'])).toEqual(['wrod']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('accepts added words in every language and stores the list', async () => {
    const save = vi.fn(async () => {});
    const own = checker(['Copydesk'], save);
    expect(own.misspelled('en-GB', ['Copydesk', 'Ofcom'])).toEqual(['Ofcom']);
    await own.addWord('Ofcom');
    expect(own.misspelled('en-GB', ['Ofcom'])).toEqual([]);
    expect(own.misspelled('en-US', ['Ofcom', 'Copydesk'])).toEqual([]);
    expect(save).toHaveBeenCalledWith(['Copydesk', 'Ofcom']);
    await own.addWord('Ofcom');
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('dictionary files', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('names the language and folder when a dictionary is missing', () => {
    expect(() => readDictionary('/nowhere', 'en-US')).toThrow(/en-US spelling dictionary .*nowhere.*dictionary-en/);
  });

  it('round-trips the personal word list, and starts empty without one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-spell-'));
    dirs.push(dir);
    const file = path.join(dir, 'spelling-words.txt');
    expect(await readPersonalWords(file)).toEqual([]);
    await writePersonalWords(file, ['Ofcom', 'Copydesk']);
    expect(await readFile(file, 'utf8')).toBe('Copydesk\nOfcom\n');
    expect(await readPersonalWords(file)).toEqual(['Copydesk', 'Ofcom']);
  });
});
