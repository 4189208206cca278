import type { RelatedDiff, SideBySideRow, WordPart } from '../../../shared/domain/diff';

/** What one side of a side-by-side row shows: plain sentences, or word runs with the changes marked. */
export type SideContent = { kind: 'text'; text: string } | { kind: 'words'; words: WordPart[] } | { kind: 'empty' };

/**
 * The old (left) or new (right) side of a row. A reworded sentence shows its word runs: the common ones
 * plus the removed on the left, plus the added on the right, so each column reads as its own version.
 */
export function sideContent(diff: RelatedDiff, row: SideBySideRow, side: 'old' | 'new'): SideContent {
  const indexes = row[side];
  if (indexes.length === 0) return { kind: 'empty' };
  const words = row.change === null ? undefined : diff.changes[row.change]!.words;
  const reworded = row.kind === 'replace' || (side === 'new' && row.kind === 'move-in');
  if (words && reworded) return { kind: 'words', words: words.filter((w) => (side === 'old' ? !w.added : !w.removed)) };
  const sentences = side === 'old' ? diff.oldSentences : diff.newSentences;
  return { kind: 'text', text: indexes.map((i) => sentences[i]!.text).join(' ') };
}
