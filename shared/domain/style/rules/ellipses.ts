import type { StyleRule } from '../types';
import { suggestionsForPattern } from './pattern-rule';

// Exactly three full stops, together or spaced; four or more are left for a person to read.
const THREE_STOPS = /(?<!\.)(?:\.\.\.|\. \. \.)(?! ?\.)/gu;

/** Three full stops become the ellipsis character, which does not break across lines. */
export const ellipses: StyleRule = (text) =>
  suggestionsForPattern(text, THREE_STOPS, 'ellipses', 'Three full stops: use the ellipsis character (…)', () => '\u2026');
