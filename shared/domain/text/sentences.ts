import { NON_TERMINAL_ABBREVIATIONS, NUMBER_ABBREVIATIONS } from './abbreviations';

/**
 * Sentence splitting tuned for news copy. A break is a terminal mark (. ! ? …), optionally followed by closing
 * quotes or brackets, then space, then something that can open a sentence (capital, digit, opening quote).
 * Reported speech ("'Is it over?' she asked.") therefore stays whole because "she" is lower case; titles,
 * months and initials ("Mr", "Sept.", "John F. Kennedy"), "No. 10" and dotted acronyms ("U.S.") never
 * end a sentence; decimals ("2.5") have no space after the point and never match; an ellipsis does not end one.
 */

const CLOSERS = `'"\u2019\u201d)\\]`;
const OPENERS = `'"\u2018\u201c(\\[`;
const BREAK = new RegExp(`([.!?\u2026]+)([${CLOSERS}]*)(\\s+)(?=[${OPENERS}]*[\\p{Lu}\\p{N}])`, 'gu');

/** The run of letters and dots that ends at `end` (the word before a full stop), found by walking back. */
function tokenBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

function isFalseBreak(text: string, markAt: number, mark: string, after: string): boolean {
  // An ellipsis inside copy elides words or ends a title ("I'm A Celebrity... Get Me Out"), rarely a sentence.
  if (/^(?:\.{2,}|…)$/u.test(mark)) return true;
  if (mark !== '.') return false;
  const token = tokenBefore(text, markAt);
  const bare = token.replace(/\.$/, '').toLowerCase();
  if (/^\p{Lu}$/u.test(token)) return true; // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return true; // "U.S", "e.g", "a.m" (the final dot is the mark)
  if (NON_TERMINAL_ABBREVIATIONS.has(bare)) return true;
  return NUMBER_ABBREVIATIONS.has(bare) && /^\s*\d/.test(after);
}

/** Splits a paragraph into sentences; the sentences concatenated with single spaces give back the text. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    const markAt = m.index;
    const mark = m[1]!;
    const end = markAt + mark.length + m[2]!.length;
    if (isFalseBreak(text, markAt, mark, text.slice(end, end + 3))) continue;
    out.push(text.slice(start, end));
    start = end + m[3]!.length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
