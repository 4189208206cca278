import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $getPassageState, $isPassageNode, type PassageNode } from '../nodes';

/** Every passage node in the body, in document order (lists, quotes and headings included). */
export function $passageNodes(): PassageNode[] {
  const found: PassageNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isPassageNode(node)) found.push(node);
    else if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return found;
}

/** The passage ids the body holds: what is actually in the text, whatever the plan says. */
export const $passageIdsInBody = (): Set<string> => new Set($passageNodes().map((node) => $getPassageState(node).id));

/** The body's node for each passage id (the first, should a paste ever have duplicated one). */
export function $passagesById(): Map<string, PassageNode> {
  const byId = new Map<string, PassageNode>();
  for (const node of $passageNodes()) {
    const { id } = $getPassageState(node);
    if (!byId.has(id)) byId.set(id, node);
  }
  return byId;
}

export const $findPassage = (id: string): PassageNode | null => $passageNodes().find((node) => $getPassageState(node).id === id) ?? null;
