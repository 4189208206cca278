import { describe, expect, it } from 'vitest';
import { rovingTarget } from './rovingFocus';

describe('rovingTarget', () => {
  it('moves with the arrows, wrapping at both ends', () => {
    expect(rovingTarget('ArrowRight', 2, 5)).toBe(3);
    expect(rovingTarget('ArrowRight', 4, 5)).toBe(0);
    expect(rovingTarget('ArrowLeft', 0, 5)).toBe(4);
  });

  it('jumps with Home and End and ignores other keys', () => {
    expect(rovingTarget('Home', 3, 5)).toBe(0);
    expect(rovingTarget('End', 1, 5)).toBe(4);
    expect(rovingTarget('ArrowDown', 1, 5)).toBeNull();
    expect(rovingTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
