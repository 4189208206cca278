import { analyseQuotes } from '../quote-marks';
import type { StyleRule, StyleSuggestion } from '../types';

const APOSTROPHE = '\u2019';

/** Every apostrophe is ’ in both styles (don’t, Met’s, ’90s, rock ’n’ roll), never ' or an opening ‘. */
export const apostrophes: StyleRule = (text) => {
  const found: StyleSuggestion[] = [];
  for (const mark of analyseQuotes(text)) {
    if (mark.role !== 'apostrophe' || mark.char === APOSTROPHE) continue;
    found.push({
      rule: 'apostrophes',
      message: 'Apostrophe: use the typographic ’',
      start: mark.index,
      end: mark.index + 1,
      replacement: APOSTROPHE,
    });
  }
  return found;
};
