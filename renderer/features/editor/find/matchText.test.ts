import { describe, expect, it } from 'vitest';
import { MAX_MATCHES, MAX_QUERY_LENGTH, findInBlocks, firstMatchFrom, matchLabel, stepMatch } from './matchText';

const loose = { matchCase: false, wholeWords: false };

describe('findInBlocks', () => {
  it('finds every occurrence in each block with offsets into that block', () => {
    const result = findInBlocks(['The police said the', 'nothing here', 'THE end'], 'the', loose);
    expect(result).toEqual({
      matches: [
        { block: 0, start: 0, end: 3 },
        { block: 0, start: 16, end: 19 },
        { block: 2, start: 0, end: 3 },
      ],
      truncated: false,
    });
  });

  it('respects match case', () => {
    const { matches } = findInBlocks(['The police said the'], 'the', { matchCase: true, wholeWords: false });
    expect(matches).toEqual([{ block: 0, start: 16, end: 19 }]);
  });

  it('matches whole words only when asked, in any script', () => {
    const text = 'Met metropolitan Met_x met, émet Met';
    expect(findInBlocks([text], 'met', { matchCase: false, wholeWords: true }).matches.map((m) => text.slice(m.start, m.end + 1))).toEqual(['Met ', 'met,', 'Met']);
    expect(findInBlocks(['café cafés'], 'café', { matchCase: false, wholeWords: true }).matches).toEqual([{ block: 0, start: 0, end: 4 }]);
  });

  it('treats the query literally', () => {
    expect(findInBlocks(['cost £3.50 (approx.)'], '(approx.)', loose).matches).toEqual([{ block: 0, start: 11, end: 20 }]);
    expect(findInBlocks(['a.b axb'], 'a.b', loose).matches).toHaveLength(1);
  });

  it('keeps offsets right where lower-casing would change lengths', () => {
    const text = 'İstanbul police';
    const [match] = findInBlocks([text], 'police', loose).matches;
    expect(match && text.slice(match.start, match.end)).toBe('police');
  });

  it('finds nothing for an empty or over-long query', () => {
    expect(findInBlocks(['text'], '', loose).matches).toEqual([]);
    expect(findInBlocks(['x'.repeat(MAX_QUERY_LENGTH + 1)], 'x'.repeat(MAX_QUERY_LENGTH + 1), loose).matches).toEqual([]);
  });

  it('stops at the budget and says so', () => {
    const result = findInBlocks(['e'.repeat(MAX_MATCHES + 5)], 'e', loose);
    expect(result.matches).toHaveLength(MAX_MATCHES);
    expect(result.truncated).toBe(true);
  });
});

describe('stepping and labels', () => {
  it('wraps round', () => {
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(-1, 0, 1)).toBe(-1);
  });

  it('starts from the caret', () => {
    const matches = [
      { block: 0, start: 0, end: 3 },
      { block: 1, start: 5, end: 8 },
      { block: 3, start: 0, end: 3 },
    ];
    expect(firstMatchFrom(matches, 1, 6)).toBe(1);
    expect(firstMatchFrom(matches, 1, 8)).toBe(2);
    expect(firstMatchFrom(matches, 4, 0)).toBe(0);
    expect(firstMatchFrom([], 0, 0)).toBe(-1);
  });

  it('labels the count', () => {
    const three = { matches: [{ block: 0, start: 0, end: 1 }, { block: 0, start: 2, end: 3 }, { block: 1, start: 0, end: 1 }], truncated: false };
    expect(matchLabel(1, three)).toBe('2 of 3');
    expect(matchLabel(-1, three)).toBe('3 matches');
    expect(matchLabel(0, { matches: three.matches, truncated: true })).toBe('1 of 3+');
    expect(matchLabel(-1, { matches: [], truncated: false })).toBe('No matches');
  });
});
