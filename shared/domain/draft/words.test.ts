import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './words';

describe('countWords', () => {
  it('counts runs holding a letter or digit, not dashes, bullets or spacing', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords('The Met’s policy – “unlawful”, said the EHRC.')).toBe(7);
    expect(countWords('£5.5m re-election 10:30 • — ...')).toBe(3);
    expect(countWords('Zürich\nsaid\tno')).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('is words over 238, rounded, at least one minute for any words', () => {
    expect([0, 1, 238, 356, 357, 2000].map(readingMinutes)).toEqual([0, 1, 1, 1, 2, 8]);
  });
});
