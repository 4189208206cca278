import { $createRangeSelection, $getNodeByKey, $isTextNode, $setSelection, type TextNode } from 'lexical';
import type { BlockText } from './blockText';
import type { TextMatch } from './matchText';

/**
 * Puts `replacement` where the match was. The new text goes into the first text node the match touches (it
 * takes that node's bold/italic/link) and the rest of the match is cut from the nodes after it; a node left
 * empty is removed, and with it an inline parent that cannot be empty. A passage whose text changes this way
 * shows as edited by itself, since its node compares its text with the merged wording.
 * Returns the node and offset just after the replacement, for the caret.
 */
function $replaceOne(block: BlockText, match: TextMatch, replacement: string): { node: TextNode; offset: number } | null {
  const touched = block.segments.filter((segment) => segment.end > match.start && segment.start < match.end);
  const first = touched[0];
  if (!first) return null;
  // Later nodes first, so cutting them leaves the first node's offsets as they were read.
  for (const segment of touched.slice(1).reverse()) {
    const node = $getNodeByKey(segment.key);
    if (!$isTextNode(node)) continue;
    const cut = Math.min(match.end, segment.end) - segment.start;
    if (cut >= node.getTextContentSize()) node.remove();
    else node.spliceText(0, cut, '');
  }
  const node = $getNodeByKey(first.key);
  if (!$isTextNode(node)) return null;
  const offset = match.start - first.start;
  const length = Math.min(match.end, first.end) - match.start;
  if (replacement === '' && length >= node.getTextContentSize()) {
    node.remove();
    return null;
  }
  const replaced = node.spliceText(offset, length, replacement);
  return { node: replaced, offset: offset + replacement.length };
}

/**
 * Replaces the given matches (all found in `blocks` during this same update) and returns how many were
 * replaced. Matches are done last to first so each one's offsets are still true when it is reached. The
 * caret ends after the first replacement done in document order, where reading resumes.
 * Call inside editor.update, with blocks read in that update.
 */
export function $replaceMatches(blocks: readonly BlockText[], matches: readonly TextMatch[], replacement: string): number {
  let replaced = 0;
  let caret: { node: TextNode; offset: number } | null = null;
  for (const match of [...matches].reverse()) {
    const block = blocks[match.block];
    if (!block) continue;
    const after = $replaceOne(block, match, replacement);
    replaced++;
    if (after) caret = after;
  }
  if (caret?.node.isAttached()) {
    const selection = $createRangeSelection();
    selection.anchor.set(caret.node.getKey(), caret.offset, 'text');
    selection.focus.set(caret.node.getKey(), caret.offset, 'text');
    $setSelection(selection);
  }
  return replaced;
}
