import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import type { SpellingSource } from '../attach-context-menu';

const handled = new Map<string, unknown>();
vi.mock('electron', () => ({ ipcMain: { handle: (channel: string, fn: unknown) => handled.set(channel, fn), removeHandler: vi.fn() } }));
const attached: SpellingSource[] = [];
vi.mock('../attach-context-menu', () => ({ attachContextMenu: (_contents: unknown, spelling: SpellingSource) => attached.push(spelling) }));
const { prepareSpelling } = await import('./setup');
const { SPELLCHECK_CHANNEL } = await import('./channels');

const appRoot = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
const contentsStub = () => ({ session: { addWordToSpellCheckerDictionary: vi.fn() }, once: vi.fn(), replaceMisspelling: vi.fn() });

describe('prepareSpelling', () => {
  it('on macOS leaves spelling to the OS checker and adds words to its dictionary', async () => {
    handled.clear();
    attached.length = 0;
    const spelling = await prepareSpelling({ appRoot, dataDir: '/unused', platform: 'darwin', isTrustedSender: () => true });
    const contents = contentsStub();
    spelling.attach(contents as unknown as WebContents);
    expect(handled.size).toBe(0);
    attached[0]!.addWord('Ofcom');
    expect(contents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('Ofcom');
    expect(attached[0]!.suggest('recieve')).toEqual([]);
  });

  it('elsewhere answers the spellcheck channel, guesses offline and keeps added words in the data folder', async () => {
    handled.clear();
    attached.length = 0;
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-spelling-'));
    dirs.push(dataDir);
    const spelling = await prepareSpelling({ appRoot, dataDir, platform: 'linux', isTrustedSender: () => true });
    expect(handled.has(SPELLCHECK_CHANNEL)).toBe(true);
    const contents = contentsStub();
    spelling.attach(contents as unknown as WebContents);
    expect(contents.once).toHaveBeenCalledWith('did-finish-load', expect.any(Function));
    expect(attached[0]!.suggest('recieve')).toContain('receive');
    attached[0]!.addWord('Ofcom');
    await vi.waitFor(() => expect(contents.replaceMisspelling).toHaveBeenCalledWith('Ofcom'));
    expect(await readFile(path.join(dataDir, 'spelling-words.txt'), 'utf8')).toBe('Ofcom\n');
  });
});
