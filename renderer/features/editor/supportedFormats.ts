import { $isLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { IS_BOLD, IS_ITALIC, ParagraphNode, TextNode, type ElementNode, type LexicalEditor } from 'lexical';
import { isSafeLinkUrl } from './linkUrl';

/** The only character formats an article keeps: exports and house style know nothing else. */
const KEPT_TEXT_FORMAT = IS_BOLD | IS_ITALIC;

function $plainBlock(node: ElementNode): void {
  // Alignment and indentation come in with pasted web pages and Word documents; the article has none.
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getIndent() !== 0) node.setIndent(0);
}

/**
 * Keeps the body to the formatting the toolbar offers, whatever arrives: Lexical's clipboard import turns
 * pasted HTML into the registered nodes (images, iframes and tables have none, so they are dropped), but it
 * keeps underline, colours, font sizes, h1–h6, alignment, check lists and any link target. Transforms run on
 * every change, so typed shortcuts (Ctrl+U) and pasted content are treated alike.
 * Returns the function that unregisters them.
 */
export function registerSupportedFormats(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      const format = node.getFormat();
      if ((format & ~KEPT_TEXT_FORMAT) !== 0) node.setFormat(format & KEPT_TEXT_FORMAT);
      if (node.getStyle() !== '') node.setStyle('');
    }),
    editor.registerNodeTransform(ParagraphNode, $plainBlock),
    editor.registerNodeTransform(QuoteNode, $plainBlock),
    editor.registerNodeTransform(HeadingNode, (node) => {
      $plainBlock(node);
      // One level of sub-head: a pasted page's h1 or h4 becomes the article's sub-head.
      if (node.getTag() !== 'h2') node.setTag('h2');
    }),
    editor.registerNodeTransform(ListNode, (node) => {
      if (node.getListType() === 'check') node.setListType('bullet');
    }),
    editor.registerNodeTransform(ListItemNode, (node) => {
      if (node.getChecked() !== undefined) node.setChecked(undefined);
    }),
    editor.registerNodeTransform(LinkNode, (node) => {
      if (!$isLinkNode(node) || isSafeLinkUrl(node.getURL())) return;
      // An unsafe link keeps its words and loses the link.
      for (const child of node.getChildren()) node.insertBefore(child);
      node.remove();
    }),
  );
}
