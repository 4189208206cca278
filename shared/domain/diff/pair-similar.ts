import { bagSimilarity, wordBag } from './similarity';

/** Most similarity checks one pairing may take; past it no pair is proposed and the caller says approximate. */
export const SIMILAR_PAIRING_BUDGET = 10_000;

export interface SimilarPairs {
  /** Index in `lefts` → index in `rights`. */
  pairs: Map<number, number>;
  /** True when the candidates exceeded the budget and nothing was paired. */
  overBudget: boolean;
}

/**
 * Pairs sentences worded alike, whatever their order: each left with the most similar right not yet taken,
 * at or above the threshold, lefts in order (so the answer is deterministic). `allowed` can forbid pairs.
 */
export function pairSimilar(lefts: readonly string[], rights: readonly string[], threshold: number, allowed: (left: number, right: number) => boolean = () => true): SimilarPairs {
  const pairs = new Map<number, number>();
  if (lefts.length * rights.length > SIMILAR_PAIRING_BUDGET) return { pairs, overBudget: true };
  const taken = new Set<number>();
  const rightBags = rights.map(wordBag);
  lefts.forEach((text, l) => {
    const left = wordBag(text);
    let best = -1;
    let bestScore = threshold;
    rightBags.forEach((right, r) => {
      if (taken.has(r) || !allowed(l, r)) return;
      const score = bagSimilarity(left, right);
      if (score > bestScore || (best < 0 && score === bestScore)) [best, bestScore] = [r, score];
    });
    if (best < 0) return;
    pairs.set(l, best);
    taken.add(best);
  });
  return { pairs, overBudget: false };
}
