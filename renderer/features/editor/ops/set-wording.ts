import { $createTextNode, $isTextNode } from 'lexical';
import { $setPassageState } from '../nodes';
import { $findPassage } from './find-passages';

/**
 * Swaps a passage's text for another wording and records its new provenance. The passage's first text
 * keeps its formatting (a passage the sub-editor italicised stays italic). False when the body lacks it.
 */
export function $setPassageWording(id: string, text: string, from: string, outlets: string[]): boolean {
  const node = $findPassage(id);
  if (node === null) return false;
  const [first, ...rest] = node.getChildren();
  for (const child of rest) child.remove();
  if ($isTextNode(first)) first.setTextContent(text);
  else {
    first?.remove();
    node.append($createTextNode(text));
  }
  $setPassageState(node, { id, wording: text, from, outlets });
  return true;
}
