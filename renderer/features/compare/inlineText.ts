import type { RelatedDiff, SideBySideRow, WordPart } from '../../../shared/domain/diff';

/** A run of the inline view: text as it stands, or a change marked in place. */
export type InlinePiece =
  | { kind: 'same'; text: string }
  | { kind: 'insert' | 'delete' | 'move-in' | 'move-out'; change: number; text: string }
  | { kind: 'replace'; change: number; words: WordPart[] };

/**
 * The inline view's text: the new version, paragraph by paragraph, with what the old one had and the new
 * dropped shown where it stood. Deleted text joins the paragraph the reading has reached, since the new
 * version gives it no paragraph of its own.
 */
export function inlineParagraphs(diff: RelatedDiff, rows: readonly SideBySideRow[]): InlinePiece[][] {
  const paragraphs: InlinePiece[][] = [];
  let currentParagraph: number | null = null;
  const text = (indexes: number[], side: 'old' | 'new') =>
    indexes.map((i) => (side === 'old' ? diff.oldSentences : diff.newSentences)[i]!.text).join(' ');
  const push = (piece: InlinePiece, newIndex: number | undefined) => {
    const paragraph = newIndex === undefined ? currentParagraph : diff.newSentences[newIndex]!.paragraph;
    if (paragraphs.length === 0 || paragraph !== currentParagraph) paragraphs.push([]);
    currentParagraph = paragraph;
    paragraphs[paragraphs.length - 1]!.push(piece);
  };
  for (const row of rows) {
    const firstNew = row.new[0];
    if (row.kind === 'same') push({ kind: 'same', text: text(row.new, 'new') }, firstNew);
    else if (row.kind === 'replace') {
      const words = diff.changes[row.change!]!.words;
      push(words ? { kind: 'replace', change: row.change!, words } : { kind: 'replace', change: row.change!, words: replaceRuns(text(row.old, 'old'), text(row.new, 'new')) }, firstNew);
    } else if (row.kind === 'delete' || row.kind === 'move-out') push({ kind: row.kind, change: row.change!, text: text(row.old, 'old') }, undefined);
    else push({ kind: row.kind, change: row.change!, text: text(row.new, 'new') }, firstNew);
  }
  return paragraphs;
}

/** A replacement without a word-level highlight (budget exceeded): the whole old run out, the new one in. */
const replaceRuns = (old: string, next: string): WordPart[] => [
  { value: old, removed: true },
  { value: ' ', },
  { value: next, added: true },
];
