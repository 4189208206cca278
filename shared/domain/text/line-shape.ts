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
  return (endsLikeSentence(line) && words >= 5 && lower >= 0.3) || (words >= 25 && lower >= 0.3);
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
  if (text.length === 0 || text.length > 50 || /[.!?:;,"“”]$/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > maxWords || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  // Joiners sit inside a name, never at its end ("Posted on" is a label, not a name).
  if (!/^[\p{Lu}\p{N}]/u.test(words.at(-1)!)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_JOINERS.has(w.toLowerCase()));
}

/** Words that address the reader or speak as the site ("you", "your", "our", "us"): the voice of page chrome. */
export function siteVoiceWords(line: string): number {
  return (line.toLowerCase().match(/\b(?:you|your|yours|you're|you've|you'll|yourself|our|ours|us)\b/g) ?? []).length;
}

/** Opens with a quotation mark: in news copy, the start of a quote (which starts a paragraph). */
export const opensWithQuote = (text: string): boolean => /^['"‘“]/u.test(text.trim());
