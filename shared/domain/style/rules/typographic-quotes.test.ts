import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../apply-suggestions';
import type { StyleOptions } from '../types';
import { typographicQuotes } from './typographic-quotes';

const UK: StyleOptions = { quoteStyle: 'uk' };
const US: StyleOptions = { quoteStyle: 'us' };
const fix = (text: string, options: StyleOptions) => applySuggestions(text, typographicQuotes(text, options));

describe('typographicQuotes', () => {
  it('UK: straight doubles become single quotes outside, doubles inside', () => {
    expect(fix(`"He said 'no' today," she said.`, UK)).toBe(`‘He said “no” today,’ she said.`);
  });

  it('US: straight singles outside become doubles, with singles inside', () => {
    expect(fix(`'He said "no" today,' she said.`, US)).toBe(`“He said ‘no’ today,” she said.`);
  });

  it('converts the other style’s curly quotes', () => {
    expect(fix(`“He said ‘no’,” she said.`, UK)).toBe(`‘He said “no”,’ she said.`);
    expect(fix(`‘He said “no”,’ she said.`, US)).toBe(`“He said ‘no’,” she said.`);
  });

  it('suggests nothing for text already in house style', () => {
    expect(typographicQuotes(`‘He said “no”,’ she said.`, UK)).toEqual([]);
    expect(typographicQuotes(`“He said ‘no’,” she said.`, US)).toEqual([]);
  });

  it('alternates again at the third level', () => {
    expect(fix(`"a 'b "c" b' a"`, UK)).toBe(`‘a “b ‘c’ b” a’`);
  });

  it('leaves apostrophes and unbalanced marks to their own rules', () => {
    expect(typographicQuotes(`don't "never closed`, UK)).toEqual([]);
  });

  it('names the style and the mark in its message, one character each', () => {
    const [first] = typographicQuotes(`"Yes," he said.`, UK);
    expect(first).toMatchObject({ start: 0, end: 1, replacement: '‘', rule: 'typographic-quotes' });
    expect(first!.message).toContain('UK');
  });

  it('converts each paragraph of a run-on quotation', () => {
    expect(fix(`"One.\n"Two."`, US)).toBe(`“One.\n“Two.”`);
  });

  it('reads quotes next to brackets, dashes and ellipses', () => {
    expect(fix(`(he said "no") and —"yes" and "so..." then`, UK)).toBe(`(he said ‘no’) and —‘yes’ and ‘so...’ then`);
  });

  it('leaves a paragraph with an unbalanced quote unconverted, other paragraphs still convert', () => {
    expect(fix(`"Open and 'closed' never.\nHe said "fine".\nLast "unclosed`, US)).toBe(`"Open and 'closed' never.\nHe said “fine”.\nLast "unclosed`);
  });
});
