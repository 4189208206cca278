import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../apply-suggestions';
import { spaceBeforePunctuation } from './space-before-punctuation';

const fix = (text: string) => applySuggestions(text, spaceBeforePunctuation(text, { quoteStyle: 'uk' }));

describe('spaceBeforePunctuation', () => {
  it('removes spaces before , . ; : ! ?', () => {
    expect(fix('Yes , no . Maybe ; so : wow ! why ?')).toBe('Yes, no. Maybe; so: wow! why?');
  });

  it('leaves a spaced ellipsis and a decimal point alone', () => {
    expect(spaceBeforePunctuation('wait ... what, a .22 rifle', { quoteStyle: 'uk' })).toEqual([]);
  });

  it('says the same in UK and US style', () => {
    expect(spaceBeforePunctuation('a , b', { quoteStyle: 'us' })).toEqual(spaceBeforePunctuation('a , b', { quoteStyle: 'uk' }));
    expect(spaceBeforePunctuation('a , b', { quoteStyle: 'uk' })).toHaveLength(1);
  });

  // Regression (found by check-style.property.test.ts): a long run of spaces ending in no mark was retried from
  // every space in it, which took minutes on pasted junk; now one try per run, with the same answer.
  it('takes a long run of spaces whole, ending in a mark or not', () => {
    const run = ' '.repeat(100_000);
    expect(spaceBeforePunctuation(`a${run}b`, { quoteStyle: 'uk' })).toEqual([]);
    expect(spaceBeforePunctuation(`a${run}, b`, { quoteStyle: 'uk' })).toMatchObject([{ start: 1, end: 1 + run.length, replacement: '' }]);
  });
});
