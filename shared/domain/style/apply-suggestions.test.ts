import { describe, expect, it } from 'vitest';
import { applySuggestions } from './apply-suggestions';
import type { StyleSuggestion } from './types';

const at = (start: number, end: number, replacement: string | null): StyleSuggestion => ({ rule: 'double-spaces', message: 'm', start, end, replacement });

describe('applySuggestions', () => {
  it('applies replacements in one pass whatever their order', () => {
    expect(applySuggestions('a  b  c', [at(4, 6, ' '), at(1, 3, ' ')])).toBe('a b c');
  });

  it('skips flags, overlapping and out-of-range suggestions', () => {
    expect(applySuggestions('abcdef', [at(0, 1, null), at(1, 3, 'X'), at(2, 4, 'Y'), at(5, 9, 'Z'), at(-1, 0, 'W')])).toBe('aXdef');
  });

  it('deletes with an empty replacement', () => {
    expect(applySuggestions('a ,b', [at(1, 2, '')])).toBe('a,b');
  });
});
