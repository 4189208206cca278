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
});
