import { wordShingles, type Shingles } from '../text';

/** Below this many distinct word triples on either side (about as many words), too little text to call two texts unrelated. */
export const MIN_TRIPLES_FOR_VERDICT = 18;

export interface Relatedness {
  /** Share of the shorter text's word triples that the other text also has (0..1). */
  similarity: number;
  /** False only when both texts are long enough to judge and share less than `minRelated`. */
  related: boolean;
  /** True when a text exceeded the shingle word budget and only its beginning was compared. */
  approximate: boolean;
}

/** Distinct values two sorted arrays share, in one merge pass. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) [shared, i, j] = [shared + 1, i + 1, j + 1];
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

/** A text's word triples (domain/text wordShingles, with its word budget), computed once per version. */
export const wordTriples = (paragraphs: readonly string[]): Shingles => wordShingles(paragraphs.join('\n'));

/**
 * Whether two texts are versions of one story, judged in linear time before any alignment, so two unrelated
 * long texts get a quick verdict rather than an expensive diff. Containment of the shorter rather than
 * Jaccard: a copy trimmed to a third of the story is still wholly that story.
 */
export function relatedness(a: Shingles, b: Shingles, minRelated: number): Relatedness {
  const smaller = Math.min(a.hashes.length, b.hashes.length);
  const similarity = smaller === 0 ? (a.hashes.length === b.hashes.length ? 1 : 0) : sharedCount(a.hashes, b.hashes) / smaller;
  const judgeable = smaller >= MIN_TRIPLES_FOR_VERDICT;
  return { similarity, related: !judgeable || similarity >= minRelated, approximate: a.approximate || b.approximate };
}
