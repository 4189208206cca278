import { mix32 } from '../text';

/**
 * MinHash signatures by one-permutation hashing with optimal densification (Li, Owen & Zhang 2012;
 * Shrivastava 2017): each shingle is hashed once and lands in one of `slots` bins, each bin keeps its
 * minimum, and an empty bin borrows the value of a bin chosen by a fixed probe sequence (the same for every
 * text, which keeps estimates unbiased). The share of equal slots between two signatures estimates the
 * Jaccard similarity of the shingle sets, like classic k-hash MinHash, at the cost of one hash per shingle
 * instead of `slots`: grouping 10,000 copies hashes millions of shingles. The hash family is fixed, which
 * keeps grouping deterministic.
 */

export const EMPTY_SLOT = 0xffffffff;

const SEED = 0x2f6b8c1d;

/** Most probes an empty bin makes before giving up (only reachable when nearly every bin is empty). */
const MAX_PROBES = 256;

function probe(bin: number, attempt: number, slots: number): number {
  return mix32(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)) % slots;
}

export function minhashSignature(shingles: Uint32Array, slots: number): Uint32Array {
  const signature = new Uint32Array(slots).fill(EMPTY_SLOT);
  for (let s = 0; s < shingles.length; s++) {
    const x = mix32(shingles[s]! ^ SEED);
    const bin = x % slots;
    if (x < signature[bin]!) signature[bin] = x;
  }
  if (shingles.length === 0) return signature;
  const filled = signature.slice();
  for (let bin = 0; bin < slots; bin++) {
    if (filled[bin] !== EMPTY_SLOT) continue;
    for (let attempt = 1; attempt <= MAX_PROBES; attempt++) {
      const from = filled[probe(bin, attempt, slots)]!;
      if (from !== EMPTY_SLOT) {
        signature[bin] = from;
        break;
      }
    }
  }
  return signature;
}

/** Share of equal slots: the Jaccard estimate (standard error about 1/sqrt(slots)). */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== EMPTY_SLOT) equal++;
  return equal / a.length;
}
