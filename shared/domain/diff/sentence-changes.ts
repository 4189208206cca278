import { diffArrays } from 'diff';
import type { CompareOptions } from './options';
import type { SentenceUnit } from './sentence-units';
import type { Change, SentenceRange } from './types';
import { diffWords } from './word-diff';

/** Where old and new differ between two runs of common sentences. */
interface Region {
  old: SentenceRange;
  new: SentenceRange;
}

export interface SentenceChanges {
  changes: Change[];
  /** True when the sentence or a word diff ran out of budget (the changes are then coarser, never wrong). */
  approximate: boolean;
}

const range = (start: number, end: number): SentenceRange => ({ start, end });
const textsOf = (units: readonly SentenceUnit[], r: SentenceRange) => units.slice(r.start, r.end).map((u) => u.text);

/** The regions between common runs of the longest common subsequence of sentence keys; null past the budget. */
function differingRegions(olds: readonly SentenceUnit[], news: readonly SentenceUnit[], options: CompareOptions): Region[] | null {
  const hunks = diffArrays([...olds], [...news], {
    comparator: (a, b) => a.key === b.key,
    maxEditLength: options.maxSentenceEdits,
    timeout: options.timeoutMs,
  });
  if (!hunks) return null;
  const regions: Region[] = [];
  let [i, j] = [0, 0];
  let open: Region | null = null;
  for (const h of hunks) {
    if (!h.added && !h.removed) {
      [i, j, open] = [i + h.count, j + h.count, null];
      continue;
    }
    if (!open) regions.push((open = { old: range(i, i), new: range(j, j) }));
    if (h.removed) open.old.end = i += h.count;
    else open.new.end = j += h.count;
  }
  return regions;
}

/**
 * Removed sentences that reappear, identical under the comparison key, among the added ones: pairs of
 * (old index, new index), taken in old order, each added sentence used once.
 */
function movedPairs(olds: readonly SentenceUnit[], news: readonly SentenceUnit[], regions: readonly Region[]): Map<number, number> {
  const addedByKey = new Map<string, number[]>();
  for (const r of regions) for (let j = r.new.start; j < r.new.end; j++) addedByKey.set(news[j]!.key, [...(addedByKey.get(news[j]!.key) ?? []), j]);
  const pairs = new Map<number, number>();
  for (const r of regions) {
    for (let i = r.old.start; i < r.old.end; i++) {
      const j = addedByKey.get(olds[i]!.key)?.shift();
      if (j !== undefined) pairs.set(i, j);
    }
  }
  return pairs;
}

/** Maximal sub-ranges of `r` whose indexes are not in `taken`. */
function freeRuns(r: SentenceRange, taken: (index: number) => boolean): SentenceRange[] {
  const runs: SentenceRange[] = [];
  for (let k = r.start; k < r.end; k++) {
    if (taken(k)) continue;
    const last = runs.at(-1);
    if (last && last.end === k) last.end = k + 1;
    else runs.push(range(k, k + 1));
  }
  return runs;
}

/** Consecutive moved sentences that stay consecutive in the new version form one move. */
function moveChanges(olds: readonly SentenceUnit[], news: readonly SentenceUnit[], pairs: Map<number, number>): Change[] {
  const runs: { old: SentenceRange; new: SentenceRange }[] = [];
  for (const [i, j] of [...pairs].sort((x, y) => x[0] - y[0])) {
    const last = runs.at(-1);
    if (last && last.old.end === i && last.new.end === j) [last.old.end, last.new.end] = [i + 1, j + 1];
    else runs.push({ old: range(i, i + 1), new: range(j, j + 1) });
  }
  return runs.map((r) => ({ kind: 'move', old: textsOf(olds, r.old), new: textsOf(news, r.new), oldAt: r.old, newAt: r.new }));
}

/**
 * Sentence-level changes from `olds` to `news`: consecutive inserted sentences form one insert, a removed run
 * facing an added run forms one replace (whatever the counts, 1 → 3 included) with word highlights, and a
 * passage found at another position is one move rather than a delete plus an insert.
 */
export function sentenceChanges(olds: readonly SentenceUnit[], news: readonly SentenceUnit[], options: CompareOptions): SentenceChanges {
  const found = differingRegions(olds, news, options);
  const regions = found ?? (olds.length || news.length ? [{ old: range(0, olds.length), new: range(0, news.length) }] : []);
  const pairs = found ? movedPairs(olds, news, regions) : new Map<number, number>();
  const movedTo = new Set(pairs.values());
  let approximate = found === null;
  const changes: Change[] = moveChanges(olds, news, pairs);
  for (const r of regions) {
    const removed = freeRuns(r.old, (i) => pairs.has(i));
    const added = freeRuns(r.new, (j) => movedTo.has(j));
    if (removed.length === 1 && added.length === 1) {
      const [oldAt, newAt] = [removed[0]!, added[0]!];
      const [oldTexts, newTexts] = [textsOf(olds, oldAt), textsOf(news, newAt)];
      const words = diffWords(oldTexts.join(' '), newTexts.join(' '), options);
      approximate ||= words.approximate;
      changes.push({ kind: 'replace', old: oldTexts, new: newTexts, oldAt, newAt, words: words.parts });
      continue;
    }
    for (const oldAt of removed) changes.push({ kind: 'delete', old: textsOf(olds, oldAt), new: [], oldAt, newAt: range(r.new.start, r.new.start) });
    for (const newAt of added) changes.push({ kind: 'insert', old: [], new: textsOf(news, newAt), oldAt: range(r.old.end, r.old.end), newAt });
  }
  // Reading order of the new version; a deletion shows before what follows it.
  changes.sort((x, y) => x.newAt.start - y.newAt.start || x.oldAt.start - y.oldAt.start);
  return { changes, approximate };
}
