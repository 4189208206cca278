import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../apply-suggestions';
import { dashes } from './dashes';

const fix = (text: string, quoteStyle: 'uk' | 'us') => applySuggestions(text, dashes(text, { quoteStyle }));

describe('dashes', () => {
  it('UK: a spaced hyphen, double hyphen or em dash between words becomes a spaced en dash', () => {
    expect(fix('one - two -- three — four—five', 'uk')).toBe('one – two – three – four – five');
  });

  it('US: any dash between words becomes an unspaced em dash', () => {
    expect(fix('one - two -- three – four--five', 'us')).toBe('one—two—three—four—five');
  });

  it('tidies the spacing around a dash that is otherwise right', () => {
    expect(fix('one  –  two', 'uk')).toBe('one – two');
  });

  it('leaves compounds, spans, list hyphens, hyphen chains and correct dashes alone', () => {
    for (const style of ['uk', 'us'] as const) {
      expect(dashes('well-known London–Paris\n- item a---b', { quoteStyle: style })).toEqual([]);
    }
    expect(dashes('one – two', { quoteStyle: 'uk' })).toEqual([]);
    expect(dashes('one—two', { quoteStyle: 'us' })).toEqual([]);
  });

  it('leaves a dash between numbers to the number-range rule', () => {
    expect(dashes('won 3 - 1', { quoteStyle: 'uk' })).toEqual([]);
  });

  it('covers the spaces in its span so they change together', () => {
    expect(dashes('a - b', { quoteStyle: 'us' })).toMatchObject([{ start: 1, end: 4, replacement: '—' }]);
  });
});
