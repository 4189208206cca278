import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, rowWindow } from './rowWindow';

describe('row windowing', () => {
  const offsets = rowOffsets([10, 20, 30, 40]);
  it('sums heights into start offsets', () => {
    expect(offsets).toEqual([0, 10, 30, 60, 100]);
  });
  it('finds the row under a position, clamped to the rows', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 29)).toBe(1);
    expect(rowAt(offsets, 30)).toBe(2);
    expect(rowAt(offsets, 500)).toBe(3);
  });
  it('keeps the visible rows plus overscan, and the space of the others', () => {
    expect(rowWindow(offsets, 30, 20, 0)).toEqual({ start: 2, end: 3, before: 30, after: 40 });
    expect(rowWindow(offsets, 30, 20, 1)).toEqual({ start: 1, end: 4, before: 10, after: 0 });
  });
  it('handles an empty list', () => {
    expect(rowWindow(rowOffsets([]), 0, 100, 2)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
