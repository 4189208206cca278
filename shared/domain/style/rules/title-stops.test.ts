import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../apply-suggestions';
import { titleStops } from './title-stops';

const fix = (text: string) => applySuggestions(text, titleStops(text, { quoteStyle: 'uk' }));

describe('titleStops', () => {
  it('UK: drops the stop after Mr, Mrs, Ms, Dr and St before a name', () => {
    expect(fix('Mr. Smith, Mrs. Jones, Ms. Khan, Dr. Patel and St. Paul')).toBe('Mr Smith, Mrs Jones, Ms Khan, Dr Patel and St Paul');
  });

  it('US: keeps the stop', () => {
    expect(titleStops('Mr. Smith and Dr. Patel', { quoteStyle: 'us' })).toEqual([]);
  });

  it('keeps a stop that ends the sentence, a street and words merely ending in the letters', () => {
    expect(titleStops('He saw the Dr. he lives on Main St. Police came. Then Hamstr. Smith', { quoteStyle: 'uk' })).toEqual([]);
  });
});
