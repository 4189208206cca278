import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createOfflineSpellChecker, PERSONAL_WORDS_FILE } from './offline-checker';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('createOfflineSpellChecker', () => {
  it('never overwrites a word list it could not read', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-spelling-'));
    dirs.push(dataDir);
    // A folder where the list should be: reading it fails with something other than "not found".
    await mkdir(path.join(dataDir, PERSONAL_WORDS_FILE));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const checker = await createOfflineSpellChecker(appRoot, dataDir);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(PERSONAL_WORDS_FILE));
    await expect(checker.addWord('Ofcom')).rejects.toThrow(/could not be read at start/);
    // The word still counts for this session.
    expect(checker.misspelled('en-GB', ['Ofcom'])).toEqual([]);
    expect(await readdir(path.join(dataDir, PERSONAL_WORDS_FILE))).toEqual([]);
    logged.mockRestore();
  });
});
