import { analyseQuotes, type QuoteMark } from '../quote-marks';
import type { StyleRule } from '../types';

function messageFor(mark: QuoteMark): string {
  if (mark.role === 'open') return 'Quote opened here is not closed in this paragraph';
  if (mark.role === 'close') return 'Closing quote without an opening quote in this paragraph';
  return 'Stray quote mark: neither opens nor closes a quotation';
}

/**
 * Flags quotation marks without a partner in their paragraph. There is nothing to apply (replacement null):
 * only the writer knows where the quotation was meant to end. A quotation reopened at the start of the next
 * paragraph is news style, not an error (see quote-marks.ts).
 */
export const unbalancedQuotes: StyleRule = (text) =>
  analyseQuotes(text)
    .filter((mark) => mark.unbalanced)
    .map((mark) => ({ rule: 'unbalanced-quotes', message: messageFor(mark), start: mark.index, end: mark.index + 1, replacement: null }));
