import { $getRoot, $isDecoratorNode, $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode, type NodeKey } from 'lexical';

/** A stretch of a block's text that lives in one Lexical text node. */
export interface TextSegment {
  key: NodeKey;
  /** Where the node's text starts and ends in the block's text. */
  start: number;
  end: number;
}

/** A block's text as the find bar searches it, with the text nodes it came from. */
export interface BlockText {
  text: string;
  segments: TextSegment[];
}

/**
 * Inline content that is not a text node still takes space, so a query cannot match across it as if the
 * two sides touched: a line break reads as a newline, an inline decorator as the object replacement mark.
 */
const LINE_BREAK = '\n';
const OBJECT = '\uFFFC';

function collectInline(element: ElementNode, block: BlockText, nested: ElementNode[]): void {
  for (const child of element.getChildren()) {
    if ($isTextNode(child)) {
      const text = child.getTextContent();
      block.segments.push({ key: child.getKey(), start: block.text.length, end: block.text.length + text.length });
      block.text += text;
    } else if ($isLineBreakNode(child)) {
      block.text += LINE_BREAK;
    } else if ($isElementNode(child)) {
      // Links and merged passages are inline: their text is part of the sentence around them.
      if (child.isInline()) collectInline(child, block, nested);
      else nested.push(child);
    } else if ($isDecoratorNode(child)) {
      block.text += OBJECT;
    }
  }
}

function visitBlock(element: ElementNode, out: BlockText[]): void {
  const block: BlockText = { text: '', segments: [] };
  const nested: ElementNode[] = [];
  collectInline(element, block, nested);
  if (block.segments.length > 0) out.push(block);
  // A list holds its items, and an item may hold a nested list after its own text.
  for (const child of nested) visitBlock(child, out);
}

/**
 * The body's blocks (paragraphs, sub-heads, quotes, list items) in document order, each with the text a
 * reader sees in it. Matching runs over a block's whole text so a phrase split across formatting, a link or
 * a passage boundary is still found. Call inside a read or update.
 */
export function $readBlockTexts(): BlockText[] {
  const out: BlockText[] = [];
  for (const child of $getRoot().getChildren()) {
    if ($isElementNode(child)) visitBlock(child, out);
  }
  return out;
}

/** Where the caret is, as a block and an offset into its text; null when it is not in a text node. */
export function caretInBlocks(blocks: readonly BlockText[], anchorKey: NodeKey, anchorOffset: number): { block: number; offset: number } | null {
  for (let block = 0; block < blocks.length; block++) {
    const segment = blocks[block]?.segments.find((candidate) => candidate.key === anchorKey);
    if (segment) return { block, offset: segment.start + anchorOffset };
  }
  return null;
}
