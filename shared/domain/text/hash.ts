/**
 * Small deterministic string hashes. Grouping and fingerprints must give the same answer on every machine
 * and every run, so nothing here uses randomness or platform hashing.
 */

/** FNV-1a over UTF-16 code units, 32 bits, with a seed so several independent hashes can be drawn. */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the whole word (FNV alone is weak in high bits). */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 64-bit hash as 16 hex digits (two independent 32-bit lanes): collisions are negligible for a library. */
export function hash64Hex(text: string): string {
  const a = mix32(fnv1a32(text, 0x811c9dc5));
  const b = mix32(fnv1a32(text, 0x9747b28c) ^ text.length);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
