import { $getNearestNodeFromDOMNode, type LexicalEditor } from 'lexical';
import type { MergePlan } from '../../../shared/domain/merge';
import { $insertPassage, $removePassage, $setPassageWording } from '../editor/ops';
import type { PlanEdit } from './planEdits';

/** The passage's span in the editor, found through the data attribute the passage node renders. */
export const passageElement = (editor: LexicalEditor, id: string): HTMLElement | null =>
  editor.getRootElement()?.querySelector<HTMLElement>(`.passage[data-passage-id="${CSS.escape(id)}"]`) ?? null;

/**
 * Mirrors a plan edit in the body, all in one editor update so it is one undo step and one autosave. Returns
 * the edits the body could not make (a passage the sub-editor deleted by hand cannot be re-worded).
 */
export function applyPlanEdits(editor: LexicalEditor, plan: MergePlan, edits: readonly PlanEdit[]): PlanEdit[] {
  const missed: PlanEdit[] = [];
  editor.update(() => {
    for (const edit of edits) {
      const done =
        edit.kind === 'remove'
          ? $removePassage(edit.id)
          : edit.kind === 'insert'
            ? $insertPassage(plan, edit.id)
            : $setPassageWording(edit.id, edit.text, edit.from, edit.outlets);
      if (!done) missed.push(edit);
    }
  }, { discrete: true });
  return missed;
}

/** Brings a passage into view in the editor and puts the caret at its start. */
export function revealPassage(editor: LexicalEditor, id: string): void {
  const element = passageElement(editor, id);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  editor.update(() => {
    $getNearestNodeFromDOMNode(element)?.selectStart();
  });
  editor.focus();
}
