import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../apply-suggestions';
import { ellipses } from './ellipses';

const fix = (text: string) => applySuggestions(text, ellipses(text, { quoteStyle: 'us' }));

describe('ellipses', () => {
  it('turns three stops, close or spaced, into …', () => {
    expect(fix('wait... and . . . then')).toBe('wait… and … then');
  });

  it('leaves two or four stops and the ellipsis itself alone', () => {
    expect(ellipses('a.. b.... c…', { quoteStyle: 'uk' })).toEqual([]);
  });

  it('says the same in UK and US style', () => {
    expect(ellipses('wait... then', { quoteStyle: 'us' })).toEqual(ellipses('wait... then', { quoteStyle: 'uk' }));
    expect(ellipses('wait... then', { quoteStyle: 'uk' })).toHaveLength(1);
  });
});
