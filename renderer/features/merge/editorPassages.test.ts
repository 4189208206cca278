import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { buildDraftDocument, fieldsFromVersions } from '../../../shared/domain/draft';
import { flipDecision, inText, planToArticle, type MergePlan } from '../../../shared/domain/merge';
import { $removePassage } from '../editor/ops';
import { discreteUpdate, headlessEditorWith, seedPlan, seedVersions } from '../editor/nodes/test-support';
import { applyPlanEdits } from './editorPassages';
import { planEdits } from './planEdits';

const plan = seedPlan();
const paragraphs = (editor: ReturnType<typeof headlessEditorWith>) => editor.read(() => $getRoot().getChildren().map((p) => p.getTextContent()));
const edited = (result: MergePlan | { problem: string }): MergePlan => {
  if ('problem' in result) throw new Error(result.problem);
  return result;
};

describe('applyPlanEdits on the seed story', () => {
  it('the inserted sentence flipped out and back takes the body to each plan’s text, and back to the start', () => {
    const editor = headlessEditorWith(buildDraftDocument(plan, fieldsFromVersions(plan, seedVersions)).body);
    const added = plan.passages.find((p) => p.text.includes('both lawful and proportionate'))!;
    const out = edited(flipDecision(plan, added.id));
    expect(applyPlanEdits(editor, out, planEdits(plan, out))).toEqual([]);
    expect(paragraphs(editor)).toEqual(planToArticle(out).paragraphs);
    expect(paragraphs(editor).join(' ')).not.toContain(added.text);

    const back = edited(flipDecision(out, added.id));
    applyPlanEdits(editor, back, planEdits(out, back));
    expect(paragraphs(editor)).toEqual(planToArticle(plan).paragraphs);
  });

  it('the dropped "contacted for comment" line comes in where the plan lays it out', () => {
    const editor = headlessEditorWith(buildDraftDocument(plan, fieldsFromVersions(plan, seedVersions)).body);
    const dropped = plan.passages.find((p) => !inText(p) && p.text.includes('contacted for comment'))!;
    const put = edited(flipDecision(plan, dropped.id));
    applyPlanEdits(editor, put, planEdits(plan, put));
    expect(paragraphs(editor)).toEqual(planToArticle(put).paragraphs);
  });

  it('reports the edits the body could not make (a passage deleted by hand cannot be taken out again)', () => {
    const editor = headlessEditorWith(buildDraftDocument(plan, fieldsFromVersions(plan, seedVersions)).body);
    const first = plan.passages.find(inText)!;
    discreteUpdate(editor, () => void $removePassage(first.id));
    const out = edited(flipDecision(plan, first.id));
    expect(applyPlanEdits(editor, out, planEdits(plan, out))).toEqual([{ kind: 'remove', id: first.id }]);
  });
});
