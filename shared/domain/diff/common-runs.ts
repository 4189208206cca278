import { diffArrays } from 'diff';
import type { CompareOptions } from './options';
import type { SentenceRange } from './types';

/** Where two sequences differ between runs of common items: old[old.start, old.end) faces new[new.start, new.end). */
export interface Region {
  old: SentenceRange;
  new: SentenceRange;
}

export interface CommonRuns {
  /** Runs of items the two sequences share, in order: old[old..old+count) equals new[new..new+count). */
  common: { old: number; new: number; count: number }[];
  regions: Region[];
}

/**
 * The longest common subsequence of two sequences (jsdiff's Myers diff with a custom equality) as common
 * runs and the regions between them, within the sentence-edit budget; null when the budget ran out.
 */
export function commonRuns<T>(olds: readonly T[], news: readonly T[], same: (a: T, b: T) => boolean, options: CompareOptions): CommonRuns | null {
  const hunks = diffArrays([...olds], [...news], { comparator: same, maxEditLength: options.maxSentenceEdits, timeout: options.timeoutMs });
  if (!hunks) return null;
  const result: CommonRuns = { common: [], regions: [] };
  let [i, j] = [0, 0];
  let open: Region | null = null;
  for (const h of hunks) {
    if (h.added || h.removed) {
      if (!open) result.regions.push((open = { old: { start: i, end: i }, new: { start: j, end: j } }));
      if (h.removed) open.old.end = i += h.count;
      else open.new.end = j += h.count;
      continue;
    }
    result.common.push({ old: i, new: j, count: h.count });
    [i, j, open] = [i + h.count, j + h.count, null];
  }
  return result;
}
