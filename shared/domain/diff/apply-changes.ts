import type { Change } from './types';

/**
 * Rebuilds the new version's sentences from the old one's and the changes: the sentences no change takes
 * away stay, in order, and every insert, replace and move puts its `new` sentences at its `newAt` position.
 * The invariant of every diff (tested on every golden case): the result equals the new version's sentences
 * under the comparison options (kept sentences keep the old version's typography). Throws a RangeError on
 * changes that do not fit the old text (overlapping or out-of-range positions).
 */
export function applyChanges(old: readonly string[], changes: readonly Change[]): string[] {
  const removed = new Set<number>();
  const placed = new Map<number, string[]>();
  for (const c of changes) {
    if (c.oldAt.start < 0 || c.oldAt.end > old.length || c.oldAt.start > c.oldAt.end) throw new RangeError(`${c.kind} reaches outside the old text (${c.oldAt.start}..${c.oldAt.end} of ${old.length})`);
    if (c.kind === 'insert' ? c.oldAt.end !== c.oldAt.start : c.oldAt.end === c.oldAt.start) throw new RangeError(`${c.kind} at ${c.oldAt.start} has a malformed old range`);
    for (let i = c.oldAt.start; i < c.oldAt.end; i++) {
      if (removed.has(i)) throw new RangeError(`old sentence ${i} is taken by two changes`);
      removed.add(i);
    }
    if (c.kind === 'delete') continue;
    if (placed.has(c.newAt.start) || c.new.length !== c.newAt.end - c.newAt.start) throw new RangeError(`${c.kind} at new position ${c.newAt.start} overlaps another or miscounts its sentences`);
    placed.set(c.newAt.start, c.new);
  }
  const kept = old.filter((_, i) => !removed.has(i));
  const total = kept.length + [...placed.values()].reduce((n, s) => n + s.length, 0);
  const out: string[] = [];
  let next = 0;
  while (out.length < total) {
    const here = placed.get(out.length);
    if (here) out.push(...here);
    else if (next < kept.length) out.push(kept[next++]!);
    else throw new RangeError(`no sentence for new position ${out.length}: the changes leave a gap`);
  }
  if (out.length !== total || next !== kept.length) throw new RangeError('the changes overlap in the new text');
  return out;
}
