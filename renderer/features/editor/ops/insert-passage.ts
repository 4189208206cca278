import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { inText, type MergePlan, type MergedPassage } from '../../../../shared/domain/merge';
import { $createPassageNode, type PassageNode } from '../nodes';
import { $passagesById } from './find-passages';

/** A passage node for a plan passage, with the provenance the builder gives it (shared/domain/draft). */
export const $passageFromPlan = (passage: MergedPassage): PassageNode =>
  $createPassageNode({ id: passage.id, wording: passage.text, from: passage.from, outlets: passage.outlets }).append($createTextNode(passage.text));

/** The top-level block holding a node (a passage may sit in a list item or quote the sub-editor made). */
const topBlock = (node: LexicalNode): LexicalNode => node.getTopLevelElementOrThrow();

/** Puts a space between the passage and any neighbour that does not already have one on that side. */
function separate(node: PassageNode): void {
  const before = node.getPreviousSibling();
  const after = node.getNextSibling();
  if (before !== null && !/\s$/.test(before.getTextContent())) node.insertBefore($createTextNode(' '));
  if (after !== null && !/^\s/.test(after.getTextContent())) node.insertAfter($createTextNode(' '));
}

/**
 * Puts a passage the plan has in the text back into the body where the plan lays it out: after the nearest
 * preceding passage the body still holds when the plan puts both in one paragraph, else before the nearest
 * following one when those two share a paragraph, else as a paragraph of its own between their blocks.
 * Anchoring on neighbours rather than on paragraph numbers keeps it right after the sub-editor has added,
 * deleted or moved text. False when the plan does not put the passage in the text or the body already has it.
 */
export function $insertPassage(plan: MergePlan, id: string): boolean {
  const at = plan.passages.findIndex((p) => p.id === id);
  const passage = plan.passages[at];
  if (passage === undefined || !inText(passage)) return false;
  const present = $passagesById();
  if (present.has(id)) return false;
  const placed = (p: MergedPassage) => inText(p) && present.has(p.id);
  const previous = plan.passages.slice(0, at).findLast(placed);
  const next = plan.passages.slice(at + 1).find(placed);
  const node = $passageFromPlan(passage);
  if (previous && previous.paragraph === passage.paragraph) present.get(previous.id)!.insertAfter(node);
  else if (next && next.paragraph === passage.paragraph) present.get(next.id)!.insertBefore(node);
  else {
    const paragraph = $createParagraphNode().append(node);
    if (previous) topBlock(present.get(previous.id)!).insertAfter(paragraph);
    else if (next) topBlock(present.get(next.id)!).insertBefore(paragraph);
    else $getRoot().append(paragraph);
  }
  separate(node);
  return true;
}
