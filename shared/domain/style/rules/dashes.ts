import type { StyleRule } from '../types';
import { suggestionsForPattern } from './pattern-rule';

// A dash between words as typed: a spaced hyphen or double hyphen, a spaced en or em dash, or an unspaced em
// dash or double hyphen. An unspaced single hyphen is a compound ("well-known") and an unspaced en dash a
// span ("London–Paris"): both are right as they are. Dashes next to other dashes ("a---b", "— -") are left
// for a person to read: which one was meant is not ours to guess.
const DASH_BETWEEN_WORDS = /(?<=[^\s\u2013\u2014-])(?: +(?:--?|\u2013|\u2014) +|--|\u2014)(?=[^\s\u2013\u2014-])/gu;

const DIGIT = /\d/u;

/**
 * A dash in a sentence: UK style spaces an en dash ("word – word"), US style closes up an em dash
 * ("word—word"). Between two numbers the dash is a range, which number-ranges spells instead.
 */
export const dashes: StyleRule = (text, { quoteStyle }) => {
  const wanted = quoteStyle === 'uk' ? ' \u2013 ' : '\u2014';
  const message = quoteStyle === 'uk' ? 'Dash between words: UK style uses a spaced en dash ( – )' : 'Dash between words: US style uses an unspaced em dash (—)';
  return suggestionsForPattern(text, DASH_BETWEEN_WORDS, 'dashes', message, (match) => {
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + match[0].length] ?? '';
    return DIGIT.test(before) && DIGIT.test(after) ? undefined : wanted;
  });
};
