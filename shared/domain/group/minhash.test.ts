import { describe, expect, it } from 'vitest';
import { mix32 } from '../text';
import { estimateJaccard, minhashSignature } from './minhash';

/** Two shingle sets sharing `common` of `size` elements each: Jaccard = common / (2·size − common). */
function pair(size: number, common: number, salt: number): [Uint32Array, Uint32Array] {
  const shared = Array.from({ length: common }, (_, i) => mix32(i + salt));
  const own = (side: number) => Array.from({ length: size - common }, (_, i) => mix32((side << 24) + i + salt + 1_000_000));
  return [Uint32Array.from([...shared, ...own(1)]), Uint32Array.from([...shared, ...own(2)])];
}

describe('minhashSignature', () => {
  it('estimates Jaccard similarity within a few standard errors', () => {
    for (const [size, common] of [
      [300, 300],
      [300, 200],
      [300, 100],
      [300, 0],
      [40, 30],
    ] as const) {
      const [a, b] = pair(size, common, size * 7 + common);
      const truth = common / (2 * size - common);
      expect(Math.abs(estimateJaccard(minhashSignature(a, 128), minhashSignature(b, 128)) - truth)).toBeLessThan(0.15);
    }
  });

  it('is deterministic and independent of shingle order', () => {
    const [a] = pair(200, 0, 3);
    expect(minhashSignature(a, 128)).toEqual(minhashSignature(a.slice().reverse(), 128));
  });

  it('leaves an empty set empty, so it matches nothing', () => {
    const empty = minhashSignature(new Uint32Array(0), 64);
    expect(estimateJaccard(empty, empty)).toBe(0);
  });
});
