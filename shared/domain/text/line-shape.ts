/**
 * Shape measures of one line of page text. Chrome is told from copy by shape (length, case, punctuation,
 * sentence structure) because shapes hold across sites, languages of layout and years, while wordings do not.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

export const wordTokens = (line: string): string[] => line.match(WORD) ?? [];

function lowerShareOf(tokens: readonly string[]): number {
  let letters = 0;
  let lower = 0;
  for (const w of tokens) {
    if (!/^\p{L}/u.test(w)) continue;
    letters++;
    if (/^\p{Ll}/u.test(w)) lower++;
  }
  return letters === 0 ? 0 : lower / letters;
}

/** Share of the words that start in lower case: high in sentences, low in names, menus and title-case labels. */
export const lowerCaseShare = (line: string): number => lowerShareOf(wordTokens(line));

/** Ends like a sentence: . ! ? possibly inside closing quotes or brackets. An ellipsis is not an end (teasers). */
export const endsLikeSentence = (line: string): boolean =>
  /[.!?]['"’”)\]]*$/u.test(line) && !/(?:\.\.\.|…)['"’”)\]]*$/u.test(line);

/** A full line of running copy: a sentence with ordinary sentence case, or long enough to be nothing else. */
export function isProseLine(line: string): boolean {
  const tokens = wordTokens(line);
  const words = tokens.length;
  const lower = lowerShareOf(tokens);
  if (lower < 0.3 || !mostlyWords(line, words)) return false;
  return (endsLikeSentence(line) && words >= 5) || words >= 25;
}

/**
 * Copy is made of words; tracking strings, code and URLs flattened into a page ("campaign: ab_test_1 --
 * 2849") are made of identifiers. At least this share of the space-separated tokens must be plain words.
 */
const MIN_PLAIN_WORD_SHARE = 0.7;

function mostlyWords(line: string, words: number): boolean {
  if (words === 0) return false;
  const chunks = line.split(' ');
  const odd = chunks.filter((c) => /[_=<>{}\\/@#|]|\p{L}\d|\d\p{L}{2,}|^-+$/u.test(c) && !/^\d+(?:st|nd|rd|th|s|m|km|kg|mph|pm|am)\W*$/iu.test(c)).length;
  return odd <= chunks.length * (1 - MIN_PLAIN_WORD_SHARE);
}

/** A short line that still reads as a sentence ("‘It is over.'"): copy when it sits inside running copy. */
export const isShortSentence = (line: string): boolean => endsLikeSentence(line) && /[\p{L}\p{N}]/u.test(line);

/** Every letter upper case (at least two words): shouting labels such as buttons and section titles. */
export const isAllCaps = (line: string): boolean =>
  wordTokens(line).length >= 2 && /\p{L}/u.test(line) && line === line.toUpperCase() && line !== line.toLowerCase();

// Lower-case joiners that may sit inside a proper name ("Bank of England", "Le Monde", "Sun & Star").
const NAME_JOINERS = new Set(['of', 'the', 'and', '&', 'de', 'du', 'la', 'le', 'der', 'die', 'del', 'for', 'on', 'in', 'am']);

/** A proper-noun phrase of one to `maxWords` words (an outlet, a person, a section), no sentence punctuation. */
export function isNameShaped(line: string, maxWords = 4): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 50 || /[.!?:;,"“”]$/u.test(text) || !/\p{L}/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > maxWords || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  // Joiners sit inside a name, never at its end ("Posted on" is a label, not a name).
  if (!/^[\p{Lu}\p{N}]/u.test(words.at(-1)!)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_JOINERS.has(w.toLowerCase()));
}

// Second person and the first person plural in English, French and Spanish: how templates address readers.
const SITE_VOICE = /(?<![\p{L}'’])(?:you|your|yours|you're|you've|you'll|yourself|our|ours|us|vous|votre|vos|nous|notre|nos|usted|ustedes|nuestro|nuestra|nuestros)(?![\p{L}])/giu;

/** Words that address the reader or speak as the site ("you", "your", "our", "us"): the voice of page chrome. */
export function siteVoiceWords(line: string): number {
  return (line.match(SITE_VOICE) ?? []).length;
}

/** Opens with a quotation mark: in news copy, the start of a quote (which starts a paragraph). */
export const opensWithQuote = (text: string): boolean => /^['"‘“]/u.test(text.trim());
