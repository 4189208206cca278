import { wordsOf } from '../text';

/**
 * Word overlap of two sentences, Dice over word multisets (0..1): how reworded sentences are recognised.
 * Order-blind on purpose: a reordered clause is still the same sentence to a reader.
 */
export function sentenceSimilarity(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length + wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n === 0) continue;
    shared++;
    counts.set(w, n - 1);
  }
  return (2 * shared) / (wa.length + wb.length);
}
