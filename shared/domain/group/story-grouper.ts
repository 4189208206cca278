import { mix32, wordShingles } from '../text';
import { estimateJaccard, minhashSignature } from './minhash';

/**
 * Incremental near-duplicate detection for grouping versions of a story, across imports.
 *
 * Texts become sets of 3-word shingles, summarised by MinHash signatures; locality-sensitive hashing (bands of
 * `bandRows` slots) finds candidates without comparing every pair, and candidates are confirmed on the
 * estimated similarity. Headlines play no part: outlets rewrite them, while the copy stays. A shortened
 * version (an outlet that kept only the first paragraphs) has a low Jaccard similarity with the full one but
 * is almost contained in it, so containment (derived from the Jaccard estimate and the set sizes) also counts.
 *
 * Answers are approximate by nature (MinHash estimates); texts beyond `maxWords` are compared on their first
 * `maxWords` words.
 */
export interface StoryGrouperOptions {
  /** Signature length; more slots, finer estimates, more time. */
  slots?: number;
  /** Slots per LSH band; fewer rows find lower similarities. */
  bandRows?: number;
  /** Jaccard similarity of shingle sets from which two texts are one story. */
  minJaccard?: number;
  /** Share of the smaller text's shingles found in the larger from which they are one story. */
  minContainment?: number;
  shingleWords?: number;
  maxWords?: number;
}

export interface StoryGrouper {
  /** Adds a text; returns the id of the most similar earlier text of the same story, or null. */
  add(id: string, text: string): string | null;
  /** Forgets a text (for example a deleted copy); true if it was known. */
  remove(id: string): boolean;
  readonly size: number;
}

export const DEFAULT_GROUPER_OPTIONS: Required<StoryGrouperOptions> = {
  slots: 128,
  bandRows: 2,
  minJaccard: 0.3,
  minContainment: 0.7,
  shingleWords: 3,
  maxWords: 20_000,
};

/** Containment is only trusted for texts with enough shingles; a one-line text is contained in anything. */
const MIN_SHINGLES_FOR_CONTAINMENT = 20;

interface Entry {
  order: number;
  signature: Uint32Array;
  shingles: number;
  keys: number[];
}

export function createStoryGrouper(options: StoryGrouperOptions = {}): StoryGrouper {
  const o = { ...DEFAULT_GROUPER_OPTIONS, ...options };
  const bands = Math.floor(o.slots / o.bandRows);
  const buckets: Map<number, Set<string>>[] = Array.from({ length: bands }, () => new Map());
  const entries = new Map<string, Entry>();
  let order = 0;

  const bandKeys = (signature: Uint32Array): number[] =>
    Array.from({ length: bands }, (_, b) => {
      let h = b;
      for (let r = b * o.bandRows; r < (b + 1) * o.bandRows; r++) h = mix32(h ^ signature[r]!);
      return h;
    });

  const similar = (a: Entry, b: Entry): number => {
    const j = estimateJaccard(a.signature, b.signature);
    const smaller = Math.min(a.shingles, b.shingles);
    const containment = smaller >= MIN_SHINGLES_FOR_CONTAINMENT ? (j * (a.shingles + b.shingles)) / ((1 + j) * smaller) : 0;
    return j >= o.minJaccard || containment >= o.minContainment ? j + containment : 0;
  };

  const remove = (id: string): boolean => {
    const entry = entries.get(id);
    if (!entry) return false;
    entry.keys.forEach((key, b) => buckets[b]!.get(key)?.delete(id));
    entries.delete(id);
    return true;
  };

  return {
    add(id, text) {
      remove(id);
      const shingles = wordShingles(text, o.shingleWords, o.maxWords).hashes;
      const signature = minhashSignature(shingles, o.slots);
      const entry: Entry = { order: order++, signature, shingles: shingles.length, keys: bandKeys(signature) };
      let best: string | null = null;
      let bestScore = 0;
      let bestOrder = Infinity;
      if (entry.shingles > 0) {
        const candidates = new Set<string>();
        entry.keys.forEach((key, b) => buckets[b]!.get(key)?.forEach((c) => candidates.add(c)));
        for (const c of candidates) {
          const other = entries.get(c)!;
          const score = similar(entry, other);
          // Ties go to the earliest text, so the answer does not depend on set iteration order.
          if (score > bestScore || (score === bestScore && score > 0 && other.order < bestOrder)) {
            [best, bestScore, bestOrder] = [c, score, other.order];
          }
        }
        entry.keys.forEach((key, b) => {
          const bucket = buckets[b]!.get(key);
          if (bucket) bucket.add(id);
          else buckets[b]!.set(key, new Set([id]));
        });
      }
      entries.set(id, entry);
      return best;
    },
    remove,
    get size() {
      return entries.size;
    },
  };
}
