import type { QuoteStyle } from '../../model/settings';
import { analyseQuotes } from '../quote-marks';
import type { StyleRule, StyleSuggestion } from '../types';

// Outer quotation first, then a quote inside it; deeper levels alternate again.
const LEVELS: Record<QuoteStyle, readonly [{ open: string; close: string }, { open: string; close: string }]> = {
  uk: [
    { open: '\u2018', close: '\u2019' },
    { open: '\u201c', close: '\u201d' },
  ],
  us: [
    { open: '\u201c', close: '\u201d' },
    { open: '\u2018', close: '\u2019' },
  ],
};

const STYLE_NAME: Record<QuoteStyle, string> = { uk: 'UK', us: 'US' };

/**
 * Straight quotes, and the other house's curly quotes, become this house's: UK ‘single’ with “double” inside,
 * US “double” with ‘single’ inside. A paragraph with an unbalanced mark is left alone until the writer fixes
 * it (the unbalanced-quotes rule flags it): with a partner missing the nesting levels are a guess, and
 * converting on a guess changes which marks pair up, so a second check would undo the first.
 */
export const typographicQuotes: StyleRule = (text, { quoteStyle }) => {
  const found: StyleSuggestion[] = [];
  for (const mark of analyseQuotes(text)) {
    if ((mark.role !== 'open' && mark.role !== 'close') || !mark.paragraphBalanced) continue;
    const level = LEVELS[quoteStyle][mark.depth % 2 === 0 ? 0 : 1];
    const wanted = mark.role === 'open' ? level.open : level.close;
    if (mark.char === wanted) continue;
    const which = mark.role === 'open' ? 'Opening' : 'Closing';
    const inner = mark.depth % 2 === 1 ? ' inside a quotation' : '';
    found.push({
      rule: 'typographic-quotes',
      message: `${which} quote${inner}: ${STYLE_NAME[quoteStyle]} style uses ${wanted}`,
      start: mark.index,
      end: mark.index + 1,
      replacement: wanted,
    });
  }
  return found;
};
