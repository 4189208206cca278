import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from './resolve-overlaps';
import type { StyleRuleId, StyleSuggestion } from './types';

const s = (rule: StyleRuleId, start: number, end: number): StyleSuggestion => ({ rule, message: rule, start, end, replacement: '' });

describe('resolveOverlaps', () => {
  it('keeps the earlier suggestion and drops the one overlapping it', () => {
    expect(resolveOverlaps([s('double-spaces', 4, 6), s('dashes', 2, 5)]).map((x) => x.rule)).toEqual(['dashes']);
  });

  it('breaks a tie at the same start by rule order, whatever the input order', () => {
    const a = [s('double-spaces', 2, 4), s('space-before-punctuation', 2, 4)];
    expect(resolveOverlaps(a)).toEqual(resolveOverlaps([...a].reverse()));
    expect(resolveOverlaps(a).map((x) => x.rule)).toEqual(['space-before-punctuation']);
  });

  it('keeps touching suggestions', () => {
    expect(resolveOverlaps([s('dashes', 0, 2), s('ellipses', 2, 5)])).toHaveLength(2);
  });
});
