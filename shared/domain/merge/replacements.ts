import type { StoryAlignment } from '../align';
import { supersededBy } from './superseded';

/** A passage a later version replaced: in which column (time order) and by which passages (row indexes). */
export interface Replacement {
  column: number;
  by: number[];
}

/** For each column, the row carrying each of that version's sentences (by sentence index). */
export function rowsBySentence(alignment: StoryAlignment): number[][] {
  const columns = alignment.versions.map(() => [] as number[]);
  alignment.passages.forEach((passage, row) =>
    passage.cells.forEach((cell, c) => {
      if (cell.sentence !== null) columns[c]![cell.sentence] = row;
    }),
  );
  return columns;
}

/**
 * Rows that some version replaced rather than trimmed: a 'replace' change in the pairwise diff of a step
 * whose old side holds the row while the new version no longer carries it, and whose new side supersedes it
 * ("has been contacted for comment" giving way to the response; see supersededBy). The alignment alone
 * cannot tell a replacement from a trimmed ending, and only the first should be dropped. A row replaced in
 * several steps keeps the latest.
 */
export function replacedRows(alignment: StoryAlignment, bySentence: readonly number[][]): Map<number, Replacement> {
  const replaced = new Map<number, Replacement>();
  alignment.steps.forEach((step, c) => {
    if (c === 0 || !step.diff?.related) return;
    for (const change of step.diff.changes) {
      if (change.kind !== 'replace') continue;
      const rowsIn = (column: number, start: number, end: number) =>
        Array.from({ length: end - start }, (_, k) => bySentence[column]![start + k]).filter((r): r is number => r !== undefined);
      const gone = rowsIn(c - 1, change.oldAt.start, change.oldAt.end).filter((r) => alignment.passages[r]!.cells[c]!.state === 'absent');
      const by = rowsIn(c, change.newAt.start, change.newAt.end).filter((r) => alignment.passages[r]!.cells[c - 1]!.state === 'absent');
      const newText = by.map((r) => alignment.passages[r]!.wordings.at(-1)!);
      for (const row of gone) if (supersededBy(alignment.passages[row]!.wordings.at(-1)!, newText)) replaced.set(row, { column: c, by });
    }
  });
  return replaced;
}
