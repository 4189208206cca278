import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/domain/diff';
import { changeSummary, countPhrases } from './changeLabels';

const change = (kind: Change['kind'], old: string[], next: string[]): Change => ({ kind, old, new: next, oldAt: { start: 0, end: old.length }, newAt: { start: 0, end: next.length } });

describe('change labels', () => {
  it('words the counts with singular and plural', () => {
    expect(countPhrases({ insertions: 1, deletions: 0, replacements: 2, moves: 1 }).map((p) => p.text)).toEqual([
      '1 insertion',
      '0 deletions',
      '2 replacements',
      '1 move',
    ]);
  });
  it('summarises a deletion by what was removed and others by the new text, shortened', () => {
    expect(changeSummary(change('delete', ['Gone now.'], []))).toBe('Gone now.');
    expect(changeSummary(change('replace', ['Old.'], ['New words here.']))).toBe('New words here.');
    expect(changeSummary(change('insert', [], ['abcdefghij klm']), 10)).toBe('abcdefghi…');
  });
});
