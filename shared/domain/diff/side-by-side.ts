import type { ChangeKind, RelatedDiff } from './types';

/** A row of the side-by-side view: sentence indexes shown left (old) and right (new). */
export interface SideBySideRow {
  kind: 'same' | Exclude<ChangeKind, 'move'> | 'move-out' | 'move-in';
  /** Index into diff.changes (next/previous change, the change list), or null for a common sentence. */
  change: number | null;
  old: number[];
  new: number[];
}

const span = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k);

/**
 * The rows of a side-by-side view, both columns in reading order: common sentences pair up, a replace is
 * one row with both sides, an insert or delete leaves one side empty, and a move shows twice (where it left,
 * where it arrived) so neither column is reordered. Throws a RangeError on changes that do not fit the diff.
 */
export function sideBySideRows(diff: RelatedDiff): SideBySideRow[] {
  const leaving = new Map<number, number>();
  const arriving = new Map<number, number>();
  diff.changes.forEach((c, k) => {
    if (c.kind !== 'insert') leaving.set(c.oldAt.start, k);
    if (c.kind !== 'delete') arriving.set(c.newAt.start, k);
  });
  const rows: SideBySideRow[] = [];
  let [i, j] = [0, 0];
  while (i < diff.oldSentences.length || j < diff.newSentences.length) {
    const out = leaving.get(i);
    const into = arriving.get(j);
    const outChange = out === undefined ? null : diff.changes[out]!;
    const inChange = into === undefined ? null : diff.changes[into]!;
    if (outChange && outChange.kind !== 'replace') {
      rows.push({ kind: outChange.kind === 'move' ? 'move-out' : 'delete', change: out!, old: span(i, outChange.oldAt.end), new: [] });
      i = outChange.oldAt.end;
    } else if (inChange && inChange.kind !== 'replace') {
      rows.push({ kind: inChange.kind === 'move' ? 'move-in' : 'insert', change: into!, old: [], new: span(j, inChange.newAt.end) });
      j = inChange.newAt.end;
    } else if (outChange && out === into) {
      rows.push({ kind: 'replace', change: out!, old: span(i, outChange.oldAt.end), new: span(j, outChange.newAt.end) });
      [i, j] = [outChange.oldAt.end, outChange.newAt.end];
    } else if (!outChange && !inChange && i < diff.oldSentences.length && j < diff.newSentences.length) {
      rows.push({ kind: 'same', change: null, old: [i++], new: [j++] });
    } else {
      throw new RangeError(`the changes do not fit the sentences (at old ${i}, new ${j})`);
    }
  }
  return rows;
}
