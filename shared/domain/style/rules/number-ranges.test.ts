import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../apply-suggestions';
import { numberRanges } from './number-ranges';

const fix = (text: string) => applySuggestions(text, numberRanges(text, { quoteStyle: 'uk' }));

describe('numberRanges', () => {
  it('turns a hyphen between numbers into an en dash', () => {
    expect(fix('from 1990-95, 10-12 per cent, aged 18 - 24, 3--1, 1.5-2')).toBe('from 1990–95, 10–12 per cent, aged 18–24, 3–1, 1.5–2');
  });

  it('is the same in US style', () => {
    const text = 'from 1990-95';
    expect(numberRanges(text, { quoteStyle: 'us' })).toEqual(numberRanges(text, { quoteStyle: 'uk' }));
  });

  it('leaves dates, phone-like chains, words and correct ranges alone', () => {
    expect(numberRanges('2024-05-01 0161-496-0000 COVID-19 1990–95 well-known', { quoteStyle: 'uk' })).toEqual([]);
  });

  it('still reads a range before a hyphenated word', () => {
    expect(fix('10-12-year-olds')).toBe('10–12-year-olds');
  });
});
