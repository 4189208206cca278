import { describe, expect, it } from 'vitest';
import { stepChange } from './changeNavigation';

describe('stepChange', () => {
  it('starts at the first change going forward and the last going back', () => {
    expect(stepChange(null, 1, 3)).toBe(0);
    expect(stepChange(null, -1, 3)).toBe(2);
  });
  it('steps and wraps around at both ends', () => {
    expect(stepChange(0, 1, 3)).toBe(1);
    expect(stepChange(2, 1, 3)).toBe(0);
    expect(stepChange(0, -1, 3)).toBe(2);
  });
  it('has nowhere to go without changes', () => {
    expect(stepChange(null, 1, 0)).toBeNull();
  });
});
