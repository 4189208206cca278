import { describe, expect, it } from 'vitest';
import { foldForCompare, foldTypography, wordsOf } from './fold';
import { isNameShaped, isProseLine } from './line-shape';
import { linesOf, normalizeText } from './normalize';
import { wordShingles } from './shingles';

describe('normalizeText', () => {
  it('unifies line endings, odd spaces and invisible characters', () => {
    expect(normalizeText('a\u00a0 b\r\nc\u200b\rd  \u2028e')).toBe('a b\nc\nd\ne');
    expect(linesOf('x\n\n y ')).toEqual(['x', '', 'y']);
  });
});

describe('folding', () => {
  it('folds quotes, dashes, spaces and compatibility forms', () => {
    expect(foldTypography('‘A’ “b” – c — d…  e')).toBe('\'A\' "b" - c - d... e');
    expect(foldForCompare('‘Rates’ RISE')).toBe("'rates' rise");
    expect(wordsOf("The Met's policy – ‘unlawful’")).toEqual(['the', "met's", 'policy', 'unlawful']);
  });
});

describe('wordShingles', () => {
  it('hashes distinct k-word windows and respects the word budget', () => {
    expect(wordShingles('a b c a b c').hashes.length).toBe(3);
    expect(wordShingles('one two').hashes.length).toBe(1);
    const capped = wordShingles('w '.repeat(50) + 'x y z', 3, 10);
    expect(capped.approximate).toBe(true);
    expect(capped.hashes.length).toBe(1);
  });
});

describe('line shapes', () => {
  it('tells running copy from headlines and names', () => {
    expect(isProseLine('The council voted on Monday to close the pool.')).toBe(true);
    expect(isProseLine('Council votes to close the pool')).toBe(false);
    expect(isNameShaped('North Wales Chronicle')).toBe(true);
    expect(isNameShaped('Bank of England')).toBe(true);
    expect(isNameShaped('Posted on')).toBe(false);
    expect(isNameShaped('Ministers clash over budget')).toBe(false);
  });
});
