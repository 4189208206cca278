import type { StyleRule } from '../types';
import { suggestionsForPattern } from './pattern-rule';

// A hyphen, double hyphen or other dash (spaced or not) between two numbers. The numbers around it must not
// themselves continue a chain of dashed numbers, which would be a date (2024-05-01), a phone number or a list
// of ranges ("1990-95 - 2000-05"): a person has to read those.
const DASH_BETWEEN_NUMBERS = /(?<=(?<![\d\u2013\u2014-])\d+) *(?:--?|\u2014|\u2013) *(?=\d(?!\d* *[\u2013\u2014-] *\d))/gu;

const EN_DASH = '\u2013';

/** A range of numbers takes an unspaced en dash in both styles: 1990–95, 10–12 per cent, won 3–1. */
export const numberRanges: StyleRule = (text) =>
  suggestionsForPattern(text, DASH_BETWEEN_NUMBERS, 'number-ranges', 'Number range: use an unspaced en dash (1990–95)', () => EN_DASH);
