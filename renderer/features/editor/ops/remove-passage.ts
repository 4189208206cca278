import { $isTextNode, type LexicalNode } from 'lexical';
import { $findPassage } from './find-passages';

/** Takes one space off the side of a text neighbour that faced the passage (the separator the builder put there). */
function dropSeparator(neighbour: LexicalNode | null, side: 'end' | 'start'): boolean {
  if (!$isTextNode(neighbour)) return false;
  const text = neighbour.getTextContent();
  const spaced = side === 'end' ? text.endsWith(' ') : text.startsWith(' ');
  if (!spaced) return false;
  if (text === ' ') neighbour.remove();
  else neighbour.setTextContent(side === 'end' ? text.slice(0, -1) : text.slice(1));
  return true;
}

/**
 * Takes a passage out of the body with the space that separated it, so the text reads as if it had never
 * been there; a block left empty goes too. False when the body does not hold the passage.
 */
export function $removePassage(id: string): boolean {
  const node = $findPassage(id);
  if (node === null) return false;
  const parent = node.getParent();
  if (!dropSeparator(node.getPreviousSibling(), 'end')) dropSeparator(node.getNextSibling(), 'start');
  node.remove();
  if (parent !== null && parent.getTextContent().trim() === '') parent.remove();
  return true;
}
