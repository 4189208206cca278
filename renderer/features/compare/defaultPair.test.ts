import { describe, expect, it } from 'vitest';
import { defaultPair } from './defaultPair';

describe('defaultPair', () => {
  const ordered = ['a', 'b', 'c'];
  it('compares the selected version with the one before it', () => {
    expect(defaultPair(ordered, 'c')).toEqual({ from: 'b', to: 'c' });
    expect(defaultPair(ordered, 'b')).toEqual({ from: 'a', to: 'b' });
  });
  it('compares the oldest with the next one, having nothing before it', () => {
    expect(defaultPair(ordered, 'a')).toEqual({ from: 'a', to: 'b' });
  });
  it('falls back to the two newest when the selection is not in the story', () => {
    expect(defaultPair(ordered, 'zzz')).toEqual({ from: 'b', to: 'c' });
    expect(defaultPair(ordered, null)).toEqual({ from: 'b', to: 'c' });
  });
  it('has no pair for a single version', () => {
    expect(defaultPair(['a'], 'a')).toBeNull();
  });
});
