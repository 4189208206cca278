import { describe, expect, it, vi } from 'vitest';
import { SPELLCHECK_CHANNEL } from '../main/spellcheck/channels';
import { installSpellCheckProvider, pageLanguage, type PageDocument } from './spellcheck';

// Stand-ins for webFrame, ipcRenderer.invoke and the page's document.
const doc = (focusedLang: string | null, pageLang: string | null): PageDocument => ({
  activeElement: { closest: () => (focusedLang === null ? null : { getAttribute: () => focusedLang }) },
  documentElement: { getAttribute: () => pageLang },
});

function install(invoke: (channel: string, input: unknown) => Promise<unknown>, document = doc('en-US', 'en')) {
  const setSpellCheckProvider = vi.fn();
  installSpellCheckProvider({ setSpellCheckProvider, invoke, document });
  const [language, provider] = setSpellCheckProvider.mock.calls[0]!;
  const check = (words: string[]) => new Promise<string[]>((resolve) => provider.spellCheck(words, resolve));
  return { language, check };
}

describe('the preload spellcheck provider', () => {
  it('asks main over the spellcheck channel in the focused text’s language and passes back the misspelt words', async () => {
    const invoke = vi.fn(async () => ({ ok: true, misspelled: ['colour'] }));
    const { language, check } = install(invoke);
    expect(language).toBe('en-GB');
    expect(await check(['colour', 'is'])).toEqual(['colour']);
    expect(invoke).toHaveBeenCalledWith(SPELLCHECK_CHANNEL, { lang: 'en-US', words: ['colour', 'is'] });
  });

  it('marks nothing when main refuses, fails or answers nonsense', async () => {
    expect(await install(async () => ({ ok: false, message: 'refused' })).check(['x'])).toEqual([]);
    expect(await install(() => Promise.reject(new Error('gone'))).check(['x'])).toEqual([]);
    expect(await install(async () => ({ ok: true, misspelled: [1, 'y'] })).check(['y'])).toEqual(['y']);
  });
});

describe('pageLanguage', () => {
  it('takes the focused field’s lang, then the page’s, then none', () => {
    expect(pageLanguage(doc('en-US', 'en-GB'))).toBe('en-US');
    expect(pageLanguage(doc(null, 'en-GB'))).toBe('en-GB');
    expect(pageLanguage({ activeElement: null, documentElement: { getAttribute: () => null } })).toBe('');
  });
});
