import type { SideBySideRow } from '../../../shared/domain/diff';

/**
 * For each row of a move, the row at its other end (where the passage left, or where it arrived), so each
 * end can say which way the other lies and jump to it.
 */
export function movePartners(rows: readonly SideBySideRow[]): Map<number, number> {
  const ends = new Map<number, number[]>();
  rows.forEach((row, index) => {
    if (row.kind !== 'move-in' && row.kind !== 'move-out') return;
    ends.set(row.change!, [...(ends.get(row.change!) ?? []), index]);
  });
  const partners = new Map<number, number>();
  for (const [a, b] of ends.values()) {
    if (a === undefined || b === undefined) continue;
    partners.set(a, b);
    partners.set(b, a);
  }
  return partners;
}

/** The label of one end of a move: where the passage went to, or came from, and in which direction. */
export function moveLabel(row: SideBySideRow, index: number, partner: number | undefined): string {
  const arrow = partner === undefined ? '' : partner > index ? ' ↓' : ' ↑';
  return row.kind === 'move-out' ? `Moved to${arrow}` : `Moved from${arrow}`;
}
