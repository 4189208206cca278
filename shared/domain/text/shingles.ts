import { wordsOf } from './fold';
import { fnv1a32, mix32 } from './hash';

export interface Shingles {
  /** Distinct hashes of the k-word shingles. */
  hashes: Uint32Array;
  /** True when the text was longer than the word budget and only its beginning was used. */
  approximate: boolean;
}

/**
 * Hashes of the overlapping k-word windows of a text: the set near-duplicate detection compares. Word
 * windows survive re-wrapping, re-punctuation and changed quote style, and a changed word only disturbs k of
 * them. `maxWords` bounds the work on huge inputs (the beginning of a story identifies it well enough).
 */
export function wordShingles(text: string, k = 3, maxWords = 20_000): Shingles {
  const all = wordsOf(text);
  const words = all.length > maxWords ? all.slice(0, maxWords) : all;
  // Hash each word once and chain the window's word hashes: no substring is built per shingle.
  const wordHashes = words.map((w) => fnv1a32(w));
  const seen = new Set<number>();
  const span = Math.min(k, words.length);
  for (let i = 0; i + span <= words.length && span > 0; i++) {
    let h = span;
    for (let j = i; j < i + span; j++) h = mix32(h ^ wordHashes[j]!);
    seen.add(h);
  }
  return { hashes: Uint32Array.from(seen), approximate: words.length < all.length };
}
