import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../apply-suggestions';
import { apostrophes } from './apostrophes';

const fix = (text: string, quoteStyle: 'uk' | 'us' = 'uk') => applySuggestions(text, apostrophes(text, { quoteStyle }));

describe('apostrophes', () => {
  it('turns straight apostrophes into ’ in both styles', () => {
    for (const style of ['uk', 'us'] as const) {
      expect(fix(`don't stop the Met's work`, style)).toBe(`don’t stop the Met’s work`);
    }
  });

  it('handles decades, rock ’n’ roll and leading elisions', () => {
    expect(fix(`the '90s, rock 'n' roll, let 'em go`)).toBe(`the ’90s, rock ’n’ roll, let ’em go`);
  });

  it('fixes a decade typed with an opening quote by autocorrect', () => {
    expect(fix(`the ‘90s`)).toBe(`the ’90s`);
  });

  it('turns a plural possessive into ’ but leaves quotation marks alone', () => {
    expect(fix(`'The officers' decision,' he said of the drivers' vans.`)).toBe(`'The officers’ decision,' he said of the drivers’ vans.`);
  });

  it('suggests nothing for correct apostrophes', () => {
    expect(apostrophes(`don’t, Met’s, ’90s`, { quoteStyle: 'uk' })).toEqual([]);
  });

  it('says the same in UK and US style', () => {
    expect(apostrophes("don't", { quoteStyle: 'us' })).toEqual(apostrophes("don't", { quoteStyle: 'uk' }));
    expect(apostrophes("don't", { quoteStyle: 'uk' })).toHaveLength(1);
  });
});
