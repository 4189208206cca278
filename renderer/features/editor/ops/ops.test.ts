import { $createTextNode, $getRoot, $isTextNode, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { buildDraftDocument, fieldsFromVersions, type SerializedBody } from '../../../../shared/domain/draft';
import { flipDecision, inText, swapWording, type MergePlan } from '../../../../shared/domain/merge';
import { $getPassageState } from '../nodes';
import { discreteUpdate, exportedBody, goldenVersions, headlessEditorWith, planOf, seedPlan, seedVersions } from '../nodes/test-support';
import { $findPassage } from './find-passages';
import { $insertPassage, $passageIdsInBody, $removePassage, $setPassageWording } from '.';

const bodyOf = (plan: MergePlan): SerializedBody => buildDraftDocument(plan, fieldsFromVersions(plan, [])).body;

function flipped(plan: MergePlan, id: string): MergePlan {
  const next = flipDecision(plan, id);
  if ('problem' in next) throw new Error(next.problem);
  return next;
}

/** Applies a flip to the body the way the Merge tab does: out of the text → remove, into it → insert. */
function flipInEditor(editor: LexicalEditor, plan: MergePlan, id: string): { plan: MergePlan; done: boolean } {
  const next = flipped(plan, id);
  const comesIn = inText(next.passages.find((p) => p.id === id)!);
  let done = false;
  discreteUpdate(editor, () => {
    done = comesIn ? $insertPassage(next, id) : $removePassage(id);
  });
  return { plan: next, done };
}

const paragraphTexts = (editor: LexicalEditor) => editor.read(() => $getRoot().getChildren().map((p) => p.getTextContent()));
const idsInBody = (editor: LexicalEditor) => editor.read(() => $passageIdsInBody());

describe('flipping passages in the editor body', () => {
  const plan = seedPlan();
  const inTheText = plan.passages.filter(inText).map((p) => p.id);

  it.each(inTheText)('flips %s out and back in, each time matching a fresh build of the flipped plan', (id) => {
    const editor = headlessEditorWith(bodyOf(plan));
    const out = flipInEditor(editor, plan, id);
    expect(out.done).toBe(true);
    expect(exportedBody(editor)).toEqual(bodyOf(out.plan));
    const back = flipInEditor(editor, out.plan, id);
    expect(back.done).toBe(true);
    expect(exportedBody(editor)).toEqual(bodyOf(back.plan));
    expect(exportedBody(editor)).toEqual(bodyOf(plan));
  });

  it('brings the dropped stale line in where a fresh build puts it, and takes it out again', () => {
    const stale = plan.passages.find((p) => !inText(p))!;
    const editor = headlessEditorWith(bodyOf(plan));
    const comeIn = flipInEditor(editor, plan, stale.id);
    expect(comeIn.done).toBe(true);
    expect(exportedBody(editor)).toEqual(bodyOf(comeIn.plan));
    expect(idsInBody(editor).has(stale.id)).toBe(true);
    flipInEditor(editor, comeIn.plan, stale.id);
    expect(exportedBody(editor)).toEqual(bodyOf(plan));
  });

  it("accepts the base policy's offered passages one by one into a fresh build's layout", () => {
    const based = seedPlan({ kind: 'base', version: seedVersions.find((v) => v.outlet === 'Leader Live')!.id });
    const offered = based.passages.filter((p) => p.decision === 'offered').map((p) => p.id);
    expect(offered.length).toBeGreaterThan(1);
    const editor = headlessEditorWith(bodyOf(based));
    let current = based;
    for (const id of offered.reverse()) current = flipInEditor(editor, current, id).plan;
    expect(exportedBody(editor)).toEqual(bodyOf(current));
  });

  it('refuses what it cannot do: an unknown passage, one already in the body, one the plan leaves out', () => {
    const editor = headlessEditorWith(bodyOf(plan));
    const stale = plan.passages.find((p) => !inText(p))!;
    editor.update(
      () => {
        expect([$removePassage('nope'), $insertPassage(plan, 'nope'), $setPassageWording('nope', 'x', 'a0', [])]).toEqual([false, false, false]);
        expect([$insertPassage(plan, inTheText[0]!), $insertPassage(plan, stale.id)]).toEqual([false, false]);
      },
      { discrete: true },
    );
    expect(exportedBody(editor)).toEqual(bodyOf(plan));
  });
});

describe('inserting next to text the sub-editor changed', () => {
  // Its second paragraph has three sentences, the middle one inserted by the newer copy.
  const plan = planOf(goldenVersions.insertedMidParagraph);
  const paragraph = 1;
  const [first, middle, last] = plan.passages.filter((p) => inText(p) && p.paragraph === paragraph);

  const editText = (id: string, text: string) => () => {
    const words = $findPassage(id)!.getFirstChild();
    if ($isTextNode(words)) words.setTextContent(text);
  };

  it('puts a passage back after its edited predecessor, with the edit kept', () => {
    const editor = headlessEditorWith(bodyOf(plan));
    const out = flipInEditor(editor, plan, middle!.id);
    discreteUpdate(editor, editText(first!.id, 'An edited first sentence.'));
    flipInEditor(editor, out.plan, middle!.id);
    expect(paragraphTexts(editor)[paragraph!]).toBe(['An edited first sentence.', middle!.text, last!.text].join(' '));
  });

  it('puts a passage back before its successor when the predecessor was deleted by hand', () => {
    const editor = headlessEditorWith(bodyOf(plan));
    const out = flipInEditor(editor, plan, middle!.id);
    discreteUpdate(editor, () => void $removePassage(first!.id));
    flipInEditor(editor, out.plan, middle!.id);
    expect(paragraphTexts(editor)[paragraph!]).toBe([middle!.text, last!.text].join(' '));
  });

  it('opens a paragraph of its own when both neighbours in its paragraph were deleted by hand', () => {
    const editor = headlessEditorWith(bodyOf(plan));
    const out = flipInEditor(editor, plan, middle!.id);
    discreteUpdate(editor, () => {
      $removePassage(first!.id);
      $removePassage(last!.id);
    });
    const before = paragraphTexts(editor);
    flipInEditor(editor, out.plan, middle!.id);
    expect(paragraphTexts(editor)).toEqual([...before.slice(0, paragraph!), middle!.text, ...before.slice(paragraph!)]);
  });

  it('keeps a space between the passage and a sentence typed by hand', () => {
    const editor = headlessEditorWith(bodyOf(plan));
    const out = flipInEditor(editor, plan, first!.id);
    discreteUpdate(editor, () => {
      $findPassage(middle!.id)!.insertBefore($createTextNode('Typed by hand.'));
    });
    flipInEditor(editor, out.plan, first!.id);
    expect(paragraphTexts(editor)[paragraph!]).toBe(['Typed by hand.', first!.text, middle!.text, last!.text].join(' '));
  });
});

describe('swapping a wording', () => {
  it('replaces the text and the provenance as a fresh build of the swapped plan has them, and keeps the formatting', () => {
    const plan = planOf(goldenVersions.reworded);
    const reworded = plan.passages.find((p) => p.wordings.length > 1)!;
    const older = reworded.wordings[0]!;
    const swapped = swapWording(plan, reworded.id, older.text);
    if ('problem' in swapped) throw new Error(swapped.problem);
    const editor = headlessEditorWith(bodyOf(plan));
    discreteUpdate(editor, () => void $setPassageWording(reworded.id, older.text, older.versions.at(-1)!, reworded.outlets));
    expect(exportedBody(editor)).toEqual(bodyOf(swapped));
    discreteUpdate(editor, () => {
      $findPassage(reworded.id)!.getFirstChild<TextNode>()!.toggleFormat('italic');
      $setPassageWording(reworded.id, reworded.text, reworded.from, reworded.outlets);
    });
    editor.read(() => {
      const node = $findPassage(reworded.id)!;
      expect([node.getTextContent(), node.getFirstChild<TextNode>()!.hasFormat('italic'), $getPassageState(node).from]).toEqual([reworded.text, true, reworded.from]);
    });
  });
});
