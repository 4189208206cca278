import { commonRuns, type Region } from './common-runs';
import type { CompareOptions } from './options';
import type { SentenceUnit } from './sentence-units';
import { pairSimilar } from './pair-similar';
import type { Change, SentenceRange } from './types';
import { diffWords } from './word-diff';

export interface SentenceChanges {
  changes: Change[];
  /** True when the sentence or a word diff ran out of budget (the changes are then coarser, never wrong). */
  approximate: boolean;
}

const range = (start: number, end: number): SentenceRange => ({ start, end });
const textsOf = (units: readonly SentenceUnit[], r: SentenceRange) => units.slice(r.start, r.end).map((u) => u.text);

/**
 * Removed sentences that reappear among the added ones elsewhere: first word for word (under the comparison
 * key), then, across different regions, reworded (similar wording), so a passage moved and touched up is
 * still one move. Pairs of (old index, new index), each added sentence used once.
 */
function movedPairs(olds: readonly SentenceUnit[], news: readonly SentenceUnit[], regions: readonly Region[], options: CompareOptions): { pairs: Map<number, number>; approximate: boolean } {
  const addedByKey = new Map<string, number[]>();
  for (const r of regions) {
    for (let j = r.new.start; j < r.new.end; j++) {
      const same = addedByKey.get(news[j]!.key);
      if (same) same.push(j);
      else addedByKey.set(news[j]!.key, [j]);
    }
  }
  const pairs = new Map<number, number>();
  for (const r of regions) {
    for (let i = r.old.start; i < r.old.end; i++) {
      const j = addedByKey.get(olds[i]!.key)?.shift();
      if (j !== undefined) pairs.set(i, j);
    }
  }
  const taken = new Set(pairs.values());
  const left: { index: number; region: number }[] = [];
  const right: { index: number; region: number }[] = [];
  regions.forEach((r, k) => {
    for (let i = r.old.start; i < r.old.end; i++) if (!pairs.has(i)) left.push({ index: i, region: k });
    for (let j = r.new.start; j < r.new.end; j++) if (!taken.has(j)) right.push({ index: j, region: k });
  });
  // Within one region, alike sentences are a replacement (with word highlights), not a move.
  const similar = pairSimilar(
    left.map((l) => olds[l.index]!.text),
    right.map((r) => news[r.index]!.text),
    options.similarSentence,
    (l, r) => left[l]!.region !== right[r]!.region,
  );
  for (const [l, r] of similar.pairs) pairs.set(left[l]!.index, right[r]!.index);
  return { pairs, approximate: similar.overBudget };
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

/** Consecutive moved sentences that stay consecutive in the new version form one move; a reworded one gets word highlights. */
function moveChanges(olds: readonly SentenceUnit[], news: readonly SentenceUnit[], pairs: Map<number, number>, options: CompareOptions): { changes: Change[]; approximate: boolean } {
  const runs: { old: SentenceRange; new: SentenceRange }[] = [];
  for (const [i, j] of [...pairs].sort((x, y) => x[0] - y[0])) {
    const last = runs.at(-1);
    if (last && last.old.end === i && last.new.end === j) [last.old.end, last.new.end] = [i + 1, j + 1];
    else runs.push({ old: range(i, i + 1), new: range(j, j + 1) });
  }
  let approximate = false;
  const changes = runs.map((r): Change => {
    const move: Change = { kind: 'move', old: textsOf(olds, r.old), new: textsOf(news, r.new), oldAt: r.old, newAt: r.new };
    const reworded = olds.slice(r.old.start, r.old.end).some((u, k) => u.key !== news[r.new.start + k]!.key);
    if (!reworded) return move;
    const words = diffWords(move.old.join(' '), move.new.join(' '), options);
    approximate ||= words.approximate;
    return { ...move, words: words.parts };
  });
  return { changes, approximate };
}

/**
 * Sentence-level changes from `olds` to `news`: consecutive inserted sentences form one insert, a removed run
 * facing an added run forms one replace (whatever the counts, 1 → 3 included) with word highlights, and a
 * passage found at another position (even reworded) is one move rather than a delete plus an insert.
 */
export function sentenceChanges(olds: readonly SentenceUnit[], news: readonly SentenceUnit[], options: CompareOptions): SentenceChanges {
  const found = commonRuns(olds, news, (a, b) => a.key === b.key, options)?.regions ?? null;
  const regions = found ?? (olds.length || news.length ? [{ old: range(0, olds.length), new: range(0, news.length) }] : []);
  const moved = found ? movedPairs(olds, news, regions, options) : { pairs: new Map<number, number>(), approximate: false };
  const pairs = moved.pairs;
  const movedTo = new Set(pairs.values());
  const moves = moveChanges(olds, news, pairs, options);
  let approximate = found === null || moved.approximate || moves.approximate;
  const changes: Change[] = moves.changes;
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
