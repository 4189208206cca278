import { wordsOf } from '../text';

/** A sentence's words with their counts: computed once per sentence when it is compared with many others. */
export interface WordBag {
  counts: Map<string, number>;
  size: number;
}

export function wordBag(text: string): WordBag {
  const words = wordsOf(text);
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, size: words.length };
}

/**
 * Word overlap of two sentences, Dice over word multisets (0..1): how reworded sentences are recognised.
 * Order-blind on purpose: a reordered clause is still the same sentence to a reader.
 */
export function bagSimilarity(a: WordBag, b: WordBag): number {
  if (a.size + b.size === 0) return 1;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [w, n] of small.counts) shared += Math.min(n, large.counts.get(w) ?? 0);
  return (2 * shared) / (a.size + b.size);
}
