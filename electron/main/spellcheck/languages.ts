/** The dictionaries Copydesk ships: the house style's two Englishes (quote style UK → en-GB, US → en-US). */
export const SPELL_LANGUAGES = ['en-GB', 'en-US'] as const;
export type SpellLanguage = (typeof SPELL_LANGUAGES)[number];

/** The npm packages holding each language's Hunspell .aff/.dic, shipped in the app's node_modules. */
export const DICTIONARY_PACKAGES: Record<SpellLanguage, string> = { 'en-GB': 'dictionary-en-gb', 'en-US': 'dictionary-en' };

/**
 * The dictionary for a page's lang attribute: en-US for American English, en-GB for every other English and
 * for no lang at all (the house default). Another language gets none, since English words would flag all of it.
 */
export function spellLanguageFor(lang: string): SpellLanguage | null {
  const tag = lang.trim().toLowerCase();
  if (tag === 'en-us') return 'en-US';
  if (tag === '' || tag === 'en' || tag.startsWith('en-')) return 'en-GB';
  return null;
}
