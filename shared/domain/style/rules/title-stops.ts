import type { StyleRule } from '../types';
import { suggestionsForPattern } from './pattern-rule';

// The stop after a contracted title, when a name follows (a capital), so a sentence-final stop is never taken.
const TITLE_STOP = /(?<=(?<!\p{L})(?:Mr|Mrs|Ms|Dr|St))\.(?= +\p{Lu})/gu;
// "Main St. Police said": after a capitalised word, St is a street ending its sentence, not Saint.
const STREET_BEFORE = /\p{Lu}\p{Ll}* St$/u;

/**
 * UK style drops the stop from contractions that end with the word's last letter (Mr, Mrs, Ms, Dr, St);
 * US style keeps it, so this rule says nothing there.
 */
export const titleStops: StyleRule = (text, { quoteStyle }) => {
  if (quoteStyle !== 'uk') return [];
  return suggestionsForPattern(text, TITLE_STOP, 'title-stops', 'UK style writes Mr, Mrs, Ms, Dr and St without a full stop', (match) =>
    STREET_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)) ? undefined : '',
  );
};
