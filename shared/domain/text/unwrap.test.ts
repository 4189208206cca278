import { describe, expect, it } from 'vitest';
import { unwrapLines } from './unwrap';

const wrapped = [
  'LONDON (Nordwire) - Ministers agreed on Thursday to cut the cod quota for',
  'the North Sea by a fifth, the environment ministry said in a statement',
  'issued after talks that ran late into the night.',
  '',
  'Industry groups said the cut would cost jobs in ports along the east coast',
  'and called for compensation for the crews affected by the decision.',
  '',
  'Short line.',
  'Another short line that was broken on purpose.',
];

describe('unwrapLines', () => {
  it('joins lines broken at a fixed width and keeps paragraph and deliberate breaks', () => {
    expect(unwrapLines(wrapped).map((l) => [l.first, l.text.slice(0, 30)])).toEqual([
      [0, 'LONDON (Nordwire) - Ministers '],
      [3, ''],
      [4, 'Industry groups said the cut w'],
      [6, ''],
      [7, 'Short line.'],
      [8, 'Another short line that was br'],
    ]);
    expect(unwrapLines(wrapped)[0]!.text).toBe(wrapped.slice(0, 3).join(' '));
  });

  it('leaves text with long paragraph lines alone', () => {
    const lines = ['A headline', 'x'.repeat(300), 'y'.repeat(250), 'Short.'];
    expect(unwrapLines(lines).map((l) => l.text)).toEqual(lines);
  });
});
