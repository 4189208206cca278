import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../apply-suggestions';
import { doubleSpaces } from './double-spaces';

describe('doubleSpaces', () => {
  it('turns every run of spaces into one space', () => {
    const text = 'One.  Two   three';
    expect(applySuggestions(text, doubleSpaces(text, { quoteStyle: 'uk' }))).toBe('One. Two three');
  });

  it('leaves single spaces and line breaks alone', () => {
    expect(doubleSpaces('One. Two\n three', { quoteStyle: 'uk' })).toEqual([]);
  });

  it('says the same in UK and US style', () => {
    expect(doubleSpaces('a  b', { quoteStyle: 'us' })).toEqual(doubleSpaces('a  b', { quoteStyle: 'uk' }));
    expect(doubleSpaces('a  b', { quoteStyle: 'uk' })).toHaveLength(1);
  });
});
