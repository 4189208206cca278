import { describe, expect, it } from 'vitest';
import { compareOptions } from './options';
import { diffWords } from './word-diff';

const options = compareOptions();
const side = (parts: { value: string; added?: true; removed?: true }[], drop: 'added' | 'removed') => parts.filter((p) => !p[drop]).map((p) => p.value).join('');

describe('diffWords', () => {
  it('marks the changed word; common and removed parts read as the old text, common and added as the new', () => {
    const [old, next] = ['The fare rises by 6 per cent.', 'The fare rises by 8 per cent.'];
    const { parts, approximate } = diffWords(old, next, options);
    expect(approximate).toBe(false);
    expect(parts.filter((p) => p.removed || p.added).map((p) => [p.value.trim(), p.added ? '+' : '-'])).toEqual([
      ['6', '-'],
      ['8', '+'],
    ]);
    expect(side(parts, 'added')).toBe(old);
    expect(side(parts, 'removed')).toBe(next);
  });

  it('keeps every space when a change runs to the end of one text only', () => {
    for (const [old, next] of [
      ["It has confirmed the powers. 'As part of this,' she said.", 'It has been contacted for comment.'],
      ['A Met spokeswoman said so. It has.', 'The Met has.'],
      ['One.', 'One. Two more words here.'],
    ] as const) {
      const { parts } = diffWords(old, next, options);
      expect([side(parts, 'added'), side(parts, 'removed')]).toEqual([old, next]);
    }
  });

  it('folds a shared space between two changes into one readable change', () => {
    const { parts } = diffWords('It has been contacted for comment.', 'It has since confirmed the plan.', options);
    expect(parts).toEqual([{ value: 'It has ' }, { value: 'been contacted for comment', removed: true }, { value: 'since confirmed the plan', added: true }, { value: '.' }]);
  });

  it('does not highlight quote style, and keeps apostrophes inside words', () => {
    const { parts } = diffWords("\u2018It\u2019s fine,\u2019 she said.", "'It's fine,' she said.", options);
    expect(parts.every((p) => !p.added && !p.removed)).toBe(true);
  });

  it('shows the whole run as replaced when the edit is over budget', () => {
    const { parts, approximate } = diffWords('a b c d e f', 'u v w x y z', compareOptions({ maxWordEdits: 2 }));
    expect(approximate).toBe(true);
    expect(parts).toEqual([{ value: 'a b c d e f', removed: true }, { value: 'u v w x y z', added: true }]);
  });
});
