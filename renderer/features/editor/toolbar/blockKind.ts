import { $insertList, $isListNode, $removeList, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection, $isRootOrShadowRoot, type ElementNode, type LexicalNode } from 'lexical';

/** The block styles the toolbar offers; "paragraph" is Normal text. */
export type BlockKind = 'paragraph' | 'h2' | 'quote' | 'bullet' | 'number';

function $blockKindOf(node: LexicalNode): BlockKind {
  const list = $getNearestNodeOfType(node, ListNode);
  if ($isListNode(list)) return list.getListType() === 'number' ? 'number' : 'bullet';
  const block = $isRootOrShadowRoot(node) ? node : node.getTopLevelElement();
  if ($isHeadingNode(block)) return 'h2';
  if ($isQuoteNode(block)) return 'quote';
  return 'paragraph';
}

/** The style of the block the caret (the selection's anchor) is in. Call inside a read or update. */
export function $selectedBlockKind(): BlockKind {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? $blockKindOf(selection.anchor.getNode()) : 'paragraph';
}

/**
 * Gives the selected blocks a style. Choosing the style they already have turns them back into Normal text,
 * as the toolbar's pressed buttons promise. Lists are left first, so a list item becomes a sub-head or quote
 * rather than a sub-head inside a list. Call inside editor.update.
 */
export function $applyBlockKind(kind: BlockKind): void {
  const current = $selectedBlockKind();
  const next: BlockKind = kind === current ? 'paragraph' : kind;
  if (current === 'bullet' || current === 'number') $removeList();
  if (next === 'bullet' || next === 'number') {
    $insertList(next);
    return;
  }
  const create = (): ElementNode => (next === 'h2' ? $createHeadingNode('h2') : next === 'quote' ? $createQuoteNode() : $createParagraphNode());
  $setBlocksType($getSelection(), create);
}
