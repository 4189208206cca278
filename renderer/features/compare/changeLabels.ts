import type { Change, ChangeCounts, SideBySideRow } from '../../../shared/domain/diff';

/** Words for each kind of change: shown next to the colour, so no meaning is carried by colour alone. */
export const CHANGE_LABEL: Record<Change['kind'], string> = { insert: 'Added', delete: 'Removed', replace: 'Reworded', move: 'Moved' };

export const ROW_LABEL: Record<SideBySideRow['kind'], string | null> = {
  same: null,
  insert: 'Added',
  delete: 'Removed',
  replace: 'Reworded',
  'move-out': 'Moved away',
  'move-in': 'Moved here',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The toolbar's counts, in the order the issue names them. */
export function countPhrases(counts: ChangeCounts): { key: keyof ChangeCounts; text: string }[] {
  return [
    { key: 'insertions', text: plural(counts.insertions, 'insertion', 'insertions') },
    { key: 'deletions', text: plural(counts.deletions, 'deletion', 'deletions') },
    { key: 'replacements', text: plural(counts.replacements, 'replacement', 'replacements') },
    { key: 'moves', text: plural(counts.moves, 'move', 'moves') },
  ];
}

/** A change list entry: its kind and the first words of what it concerns. */
export function changeSummary(change: Change, maxChars = 90): string {
  const text = (change.kind === 'delete' ? change.old : change.new).join(' ');
  return text.length > maxChars ? `${text.slice(0, maxChars - 1).trimEnd()}…` : text;
}
