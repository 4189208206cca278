import { describe, expect, it } from 'vitest';
import { unbalancedQuotes } from './unbalanced-quotes';

const flags = (text: string) => unbalancedQuotes(text, { quoteStyle: 'uk' });

describe('unbalancedQuotes', () => {
  it('flags an unclosed quotation with nothing to apply', () => {
    expect(flags(`"Never closed, he said.`)).toEqual([
      { rule: 'unbalanced-quotes', message: 'Quote opened here is not closed in this paragraph', start: 0, end: 1, replacement: null },
    ]);
  });

  it('flags a closing mark without an opening one', () => {
    expect(flags(`He said no."`).map((f) => f.message)).toEqual(['Closing quote without an opening quote in this paragraph']);
  });

  it('accepts balanced quotes and the run-on paragraph convention', () => {
    expect(flags(`‘One,’ he said.`)).toEqual([]);
    expect(flags(`‘First paragraph.\n‘Second paragraph.’`)).toEqual([]);
  });

  it('flags the last paragraph of a run-on quotation that never closes', () => {
    const text = `‘First paragraph.\n‘Second paragraph.`;
    expect(flags(text).map((f) => f.start)).toEqual([text.lastIndexOf('‘')]);
  });
});
