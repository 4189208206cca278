import type { StyleRule } from '../types';
import { suggestionsForPattern } from './pattern-rule';

// Spaces before , ; : ! ? or a full stop. Not before an ellipsis ("wait ... what" is a style of its own) or
// a decimal point (".22 rifle"). A match starts only where a run of spaces starts: tried from inside a long run
// that ends in no mark, " +" would backtrack through the rest of the run at every space (quadratic time).
const SPACE_BEFORE_MARK = /(?<! ) +(?=[,;:!?]|\.(?![.\d]))/gu;

/** English sets punctuation tight against the word before it. */
export const spaceBeforePunctuation: StyleRule = (text) =>
  suggestionsForPattern(text, SPACE_BEFORE_MARK, 'space-before-punctuation', 'Stray space before punctuation', () => '');
