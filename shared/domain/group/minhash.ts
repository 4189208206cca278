import { mix32 } from '../text';

/**
 * MinHash signatures: slot i holds the minimum over the shingle hashes of an independent hash function h_i,
 * so the share of equal slots between two signatures estimates the Jaccard similarity of the shingle sets.
 * The hash family is fixed (seeds derived from the slot number), which keeps grouping deterministic.
 */

export const EMPTY_SLOT = 0xffffffff;

/** Seeds and odd multipliers of the slot hash functions, derived from the slot index only. */
function slotParameters(count: number): { seeds: Uint32Array; multipliers: Uint32Array } {
  const seeds = new Uint32Array(count);
  const multipliers = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    seeds[i] = mix32(Math.imul(i + 1, 0x9e3779b9));
    multipliers[i] = (mix32(seeds[i]! ^ 0x5bd1e995) | 1) >>> 0;
  }
  return { seeds, multipliers };
}

const parameterCache = new Map<number, ReturnType<typeof slotParameters>>();

export function minhashSignature(shingles: Uint32Array, slots: number): Uint32Array {
  let params = parameterCache.get(slots);
  if (!params) parameterCache.set(slots, (params = slotParameters(slots)));
  const { seeds, multipliers } = params;
  const signature = new Uint32Array(slots).fill(EMPTY_SLOT);
  // Slot-major order keeps the slot's seed, multiplier and running minimum in registers.
  for (let i = 0; i < slots; i++) {
    const seed = seeds[i]!;
    const multiplier = multipliers[i]!;
    let min = EMPTY_SLOT;
    for (let s = 0; s < shingles.length; s++) {
      // The shingle hashes are already well mixed: one multiply-xorshift per slot makes them independent enough.
      let x = Math.imul(shingles[s]! ^ seed, multiplier);
      x = (x ^ (x >>> 15)) >>> 0;
      if (x < min) min = x;
    }
    signature[i] = min;
  }
  return signature;
}

/** Share of equal slots: the Jaccard estimate (standard error about 1/sqrt(slots)). */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== EMPTY_SLOT) equal++;
  return equal / a.length;
}
