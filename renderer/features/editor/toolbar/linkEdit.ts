import { $createLinkNode, $isLinkNode, $toggleLink, type LinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $createTextNode, $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';

/** What the link dialog opens on: the link under the caret (if any) and whether any text is selected. */
export interface LinkTarget {
  url: string | null;
  /** Nothing selected and no link under the caret: the dialog asks for the words to link too. */
  needsText: boolean;
}

const $linkAround = (node: LexicalNode): LinkNode | null => $findMatchingParent(node, $isLinkNode) as LinkNode | null;

/** Call inside a read or update. */
export function $linkTarget(): LinkTarget {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { url: null, needsText: false };
  const link = $linkAround(selection.anchor.getNode()) ?? $linkAround(selection.focus.getNode());
  return { url: link?.getURL() ?? null, needsText: !link && selection.isCollapsed() };
}

/**
 * Links the selection to `url` (already checked by readLinkInput). A caret inside a link changes that link's
 * target; a bare caret inserts `text` (or the address itself) as a new link. Call inside editor.update.
 */
export function $setLink(url: string, text: string): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const link = selection.isCollapsed() ? $linkAround(selection.anchor.getNode()) : null;
  if (link) {
    link.setURL(url);
    return;
  }
  if (selection.isCollapsed()) {
    const inserted = $createLinkNode(url).append($createTextNode(text.trim() || url));
    selection.insertNodes([inserted]);
    inserted.selectEnd();
    return;
  }
  $toggleLink(url);
}

/** Removes the link under the caret or the links in the selection, keeping their words. Call inside editor.update. */
export function $removeLink(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const link = selection.isCollapsed() ? $linkAround(selection.anchor.getNode()) : null;
  if (!link) {
    $toggleLink(null);
    return;
  }
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
}
