import { describe, expect, it } from 'vitest';
import { diffVersions } from './diff-versions';
import { sideBySideRows } from './side-by-side';
import type { RelatedDiff } from './types';

const related = (old: string[], next: string[]) => diffVersions(old, next) as RelatedDiff;

describe('sideBySideRows', () => {
  it('pairs common sentences and gives each change its row, both columns in reading order', () => {
    const diff = related(
      ['Alpha one two three. Beta four five six. Gamma seven eight nine. Delta ten eleven twelve. Epsilon thirteen fourteen. Zeta fifteen sixteen. Omega last words here.'],
      ['Alpha one two three. New sentence entirely here. Beta four five SIX. Delta ten eleven twelve. Epsilon thirteen fourteen. Gamma seven eight nine. Omega last words here.'],
    );
    const rows = sideBySideRows(diff);
    expect(rows.map((r) => [r.kind, r.old, r.new])).toEqual([
      ['same', [0], [0]],
      ['replace', [1], [1, 2]],
      ['move-out', [2], []],
      ['same', [3], [3]],
      ['same', [4], [4]],
      ['delete', [5], []],
      ['move-in', [], [5]],
      ['same', [6], [6]],
    ]);
    const changed = rows.filter((r) => r.change !== null).map((r) => diff.changes[r.change!]!.kind);
    expect(changed).toEqual(['replace', 'move', 'delete', 'move']);
  });

  it('refuses changes that do not belong to the sentences', () => {
    const diff = related(['One two three four. Five six seven.'], ['One two three four. Five six seven. Eight nine.']);
    expect(() => sideBySideRows({ ...diff, newSentences: diff.newSentences.slice(0, 1) })).toThrow(RangeError);
  });
});
