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
  /**
   * Adds a text without looking for its match: for rebuilding from texts already grouped (the store),
   * where the lookup would be wasted, and was half the cost of the rebuild.
   */
  insert(id: string, text: string): void;
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
  id: string;
  signature: Uint32Array;
  shingles: number;
  keys: number[];
}

export function createStoryGrouper(options: StoryGrouperOptions = {}): StoryGrouper {
  const o = { ...DEFAULT_GROUPER_OPTIONS, ...options };
  const bands = Math.floor(o.slots / o.bandRows);
  // Entries live in insertion order (their index is their age, which breaks ties); buckets hold indices.
  // Removed entries leave a hole, skipped when read: removal is rare next to lookups.
  const entries: (Entry | undefined)[] = [];
  const indexOf = new Map<string, number>();
  const buckets: Map<number, number[]>[] = Array.from({ length: bands }, () => new Map());
  // Candidate de-duplication by stamping: no Set is built per lookup.
  let seen = new Uint32Array(64);
  let stamp = 0;

  const bandKeys = (signature: Uint32Array): number[] => {
    const keys = new Array<number>(bands);
    for (let b = 0; b < bands; b++) {
      let h = b;
      for (let r = b * o.bandRows; r < (b + 1) * o.bandRows; r++) h = mix32(h ^ signature[r]!);
      // 30 bits keep keys small integers, which Maps hash far faster than heap numbers; the odd extra
      // collision only adds a candidate that the similarity check then rejects.
      keys[b] = h & 0x3fffffff;
    }
    return keys;
  };

  const similar = (a: Entry, b: Entry): number => {
    const j = estimateJaccard(a.signature, b.signature);
    const smaller = Math.min(a.shingles, b.shingles);
    const containment = smaller >= MIN_SHINGLES_FOR_CONTAINMENT ? (j * (a.shingles + b.shingles)) / ((1 + j) * smaller) : 0;
    return j >= o.minJaccard || containment >= o.minContainment ? j + containment : 0;
  };

  const remove = (id: string): boolean => {
    const index = indexOf.get(id);
    if (index === undefined) return false;
    entries[index]!.keys.forEach((key, b) => {
      const bucket = buckets[b]!.get(key);
      if (bucket) buckets[b]!.set(key, bucket.filter((i) => i !== index));
    });
    entries[index] = undefined;
    indexOf.delete(id);
    return true;
  };

  /** The best earlier match of `entry` (ties to the oldest, so the answer never depends on bucket order). */
  const bestMatch = (entry: Entry): string | null => {
    if (seen.length < entries.length + 1) seen = Uint32Array.from({ length: entries.length * 2 + 1 }, (_, i) => seen[i] ?? 0);
    stamp++;
    let best = -1;
    let bestScore = 0;
    for (let b = 0; b < entry.keys.length; b++) {
      const bucket = buckets[b]!.get(entry.keys[b]!);
      if (!bucket) continue;
      for (const c of bucket) {
        if (seen[c] === stamp) continue;
        seen[c] = stamp;
        const other = entries[c];
        const score = other ? similar(entry, other) : 0;
        if (score > bestScore || (score === bestScore && score > 0 && c < best)) [best, bestScore] = [c, score];
      }
    }
    return best < 0 ? null : entries[best]!.id;
  };

  const entryOf = (id: string, text: string): Entry => {
    remove(id);
    const shingles = wordShingles(text, o.shingleWords, o.maxWords).hashes;
    const signature = minhashSignature(shingles, o.slots);
    return { id, signature, shingles: shingles.length, keys: shingles.length ? bandKeys(signature) : [] };
  };

  const store = (entry: Entry): void => {
    const index = entries.push(entry) - 1;
    indexOf.set(entry.id, index);
    for (let b = 0; b < entry.keys.length; b++) {
      const bucket = buckets[b]!.get(entry.keys[b]!);
      if (bucket) bucket.push(index);
      else buckets[b]!.set(entry.keys[b]!, [index]);
    }
  };

  return {
    add(id, text) {
      const entry = entryOf(id, text);
      const match = bestMatch(entry);
      store(entry);
      return match;
    },
    insert(id, text) {
      store(entryOf(id, text));
    },
    remove,
    get size() {
      return indexOf.size;
    },
  };
}
