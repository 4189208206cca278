import type { LexicalEditor } from 'lexical';
import { $readBlockTexts, type BlockText } from '../editor/find/blockText';
import { $selectMatch } from '../editor/find/findInEditor';
import type { TextMatch } from '../editor/find/matchText';
import { $replaceMatches } from '../editor/find/replaceMatches';
import type { StyleItem } from './styleItems';

/**
 * Body items map onto the editor through the find bar's block reading ($readBlockTexts): the same blocks,
 * in the same order and with the same text, that listStyleItems was given, so a block number and offsets
 * from the listing land on the same characters here, across text nodes, links and passage elements.
 */
function $matchFor(blocks: readonly BlockText[], item: StyleItem): TextMatch | null {
  if (item.target.kind !== 'body') return null;
  const block = blocks[item.target.block];
  // The body may have changed since the listing: apply only where the text is still what was checked.
  if (!block || block.text.slice(item.start, item.end) !== item.found) return null;
  return { block: item.target.block, start: item.start, end: item.end };
}

/**
 * Applies the body items (replacement non-null) and returns how many were applied. Last to first, so the
 * offsets of the ones before are still true when they are reached; a replacement spanning several text
 * nodes goes into the first and cuts the rest (see $replaceMatches). Call inside editor.update.
 */
export function $applyStyleItems(items: readonly StyleItem[]): number {
  const blocks = $readBlockTexts();
  const placed = items
    .filter((item) => item.replacement !== null)
    .map((item) => ({ item, match: $matchFor(blocks, item) }))
    .filter((entry): entry is { item: StyleItem; match: TextMatch } => entry.match !== null)
    .sort((a, b) => b.match.block - a.match.block || b.match.start - a.match.start);
  let applied = 0;
  let reached: TextMatch | null = null;
  for (const { item, match } of placed) {
    // Overlapping items cannot both apply; listings never hold any, but a caller may mix two listings.
    if (reached && reached.block === match.block && match.end > reached.start) continue;
    applied += $replaceMatches(blocks, [match], item.replacement!);
    reached = match;
  }
  return applied;
}

/** Selects the item's text in the body; false when it is no longer there. Call inside editor.update. */
export function $selectStyleItem(item: StyleItem): boolean {
  const blocks = $readBlockTexts();
  const match = $matchFor(blocks, item);
  return match !== null && $selectMatch(blocks, match);
}

/** The body's blocks as listStyleItems reads them. */
export const readBlockTexts = (editor: LexicalEditor): string[] => editor.read(() => $readBlockTexts().map((block) => block.text));
