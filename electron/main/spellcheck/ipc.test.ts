import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import type { SpellChecker } from './checker';

const handled = new Map<string, (event: unknown, input: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => handled.set(channel, fn),
    removeHandler: (channel: string) => handled.delete(channel),
  },
}));
const { registerSpellcheckIpc } = await import('./ipc');
const { MAX_WORDS_PER_CHECK, SPELLCHECK_CHANNEL } = await import('./channels');

// A stand-in checker that flags words starting with "x" and records the language it was asked for.
const stub = (): SpellChecker & { languages: string[] } => {
  const languages: string[] = [];
  return {
    languages,
    misspelled: (language, words) => (languages.push(language), words.filter((w) => w.startsWith('x'))),
    suggest: () => [],
    addWord: async () => {},
    lastLanguage: () => 'en-GB',
    warmUp: () => {},
  };
};
const fromWindow = {} as IpcMainInvokeEvent;
const fromElsewhere = {} as IpcMainInvokeEvent;
const trusted = (event: IpcMainInvokeEvent) => event === fromWindow;

describe('the spellcheck channel', () => {
  it('answers the window with the misspelt words in the dictionary the page’s lang names', () => {
    const checker = stub();
    const dispose = registerSpellcheckIpc(checker, trusted);
    const call = handled.get(SPELLCHECK_CHANNEL)!;
    expect(call(fromWindow, { lang: 'en-US', words: ['xyz', 'word'] })).toEqual({ ok: true, misspelled: ['xyz'] });
    expect(call(fromWindow, { lang: 'en-AU', words: ['xq'] })).toEqual({ ok: true, misspelled: ['xq'] });
    expect(checker.languages).toEqual(['en-US', 'en-GB']);
    // French text is not checked against English.
    expect(call(fromWindow, { lang: 'fr', words: ['xyz'] })).toEqual({ ok: true, misspelled: [] });
    dispose();
    expect(handled.has(SPELLCHECK_CHANNEL)).toBe(false);
  });

  it('refuses other senders and malformed or oversized input, saying why', () => {
    registerSpellcheckIpc(stub(), trusted);
    const call = handled.get(SPELLCHECK_CHANNEL)!;
    expect(call(fromElsewhere, { lang: 'en-GB', words: ['xyz'] })).toMatchObject({ ok: false, message: /Copydesk window/ });
    expect(call(fromWindow, { lang: 'en-GB', words: 'xyz' })).toMatchObject({ ok: false, message: /words/ });
    expect(call(fromWindow, { words: [] })).toMatchObject({ ok: false, message: /lang/ });
    const tooMany = Array.from({ length: MAX_WORDS_PER_CHECK + 1 }, () => 'x');
    expect(call(fromWindow, { lang: 'en-GB', words: tooMany })).toMatchObject({ ok: false, message: /words/ });
  });

  it('marks nothing, and says why, when a dictionary cannot be read', () => {
    const broken = { ...stub(), misspelled: () => { throw new Error('The en-GB spelling dictionary is missing'); } };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    registerSpellcheckIpc(broken, trusted);
    expect(handled.get(SPELLCHECK_CHANNEL)!(fromWindow, { lang: 'en-GB', words: ['word'] })).toEqual({ ok: false, message: 'The en-GB spelling dictionary is missing' });
    quiet.mockRestore();
  });
});
