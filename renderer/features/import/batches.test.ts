import { describe, expect, it } from 'vitest';
import { planBatches } from './batches';

describe('planBatches', () => {
  it('cuts at the file count', () => {
    const batches = planBatches(Array(45).fill(10), { maxFiles: 20, maxBytes: 1_000_000 });
    expect(batches.map((b) => b.length)).toEqual([20, 20, 5]);
    expect(batches.flat()).toEqual([...Array(45).keys()]);
  });

  it('cuts at the byte budget and keeps order', () => {
    expect(planBatches([40, 40, 40, 10, 90, 5], { maxFiles: 20, maxBytes: 100 })).toEqual([[0, 1], [2, 3], [4, 5]]);
  });

  it('gives a file over the budget a batch of its own', () => {
    expect(planBatches([10, 500, 10], { maxFiles: 20, maxBytes: 100 })).toEqual([[0], [1], [2]]);
  });

  it('plans nothing for no files', () => {
    expect(planBatches([])).toEqual([]);
  });
});
