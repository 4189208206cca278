import type { StyleRule } from '../types';
import { suggestionsForPattern } from './pattern-rule';

const SPACE_RUN = / {2,}/gu;

/** A run of spaces becomes one: typed double spaces after a full stop, or spaces left by a deletion. */
export const doubleSpaces: StyleRule = (text) =>
  suggestionsForPattern(text, SPACE_RUN, 'double-spaces', 'Double space: use one space', () => ' ');
