import { $generateJSONFromSelectedNodes } from '@lexical/clipboard';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type ElementNode, type LexicalEditor, type LexicalNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { buildDraftDocument, fieldsFromVersions, readDraftArticle, type DraftDocument, type SerializedBody, type SerializedNode } from '../../../../shared/domain/draft';
import { inText, planToArticle } from '../../../../shared/domain/merge';
import { $createPassageNode, $getPassageState, $isPassageNode, NO_PASSAGE, type PassageNode } from '.';
import { discreteUpdate, exportedBody, headlessEditorWith, seedPlan, seedVersions } from './test-support';

const plan = seedPlan();
const document = buildDraftDocument(plan, fieldsFromVersions(plan, seedVersions));
const passages = (editor: LexicalEditor): PassageNode[] => editor.read(() => $getRoot().getAllTextNodes().map((t) => t.getParent()).filter($isPassageNode));

describe('the built body in the editor', () => {
  it('parses into the registered nodes and exports exactly the JSON the builder wrote', () => {
    expect(exportedBody(headlessEditorWith(document.body))).toEqual(document.body);
  });

  it("reads back as planToArticle's paragraphs, one passage node per merged passage with its provenance", () => {
    const editor = headlessEditorWith(document.body);
    const paragraphs = editor.read(() => $getRoot().getChildren().map((p) => p.getTextContent()));
    expect(paragraphs).toEqual(planToArticle(plan).paragraphs);
    const states = editor.read(() => passages(editor).map($getPassageState));
    const expected = plan.passages.filter(inText).map((p) => ({ id: p.id, wording: p.text, from: p.from, outlets: p.outlets }));
    expect(states).toEqual(expected);
    expect(states.find((s) => s.outlets.length === 1)?.outlets).toEqual(['North Wales Chronicle']);
  });
});

describe('editing passages', () => {
  it('removes a passage whose text is deleted and keeps the sub-editor\'s typing out of passages', () => {
    const editor = headlessEditorWith(document.body);
    const [first, second] = passages(editor);
    const secondId = editor.read(() => $getPassageState(second!).id);
    discreteUpdate(editor, () => {
      second!.getFirstChildOrThrow<LexicalNode>().remove();
    });
    expect(passages(editor).map((p) => editor.read(() => $getPassageState(p).id))).not.toContain(secondId);
    discreteUpdate(editor, () => {
      first!.selectEnd().insertText(' Added by hand.');
    });
    const firstParagraph = editor.read(() => $getRoot().getFirstChildOrThrow<ElementNode>());
    const added = editor.read(() => firstParagraph.getLastDescendant() as LexicalNode);
    editor.read(() => {
      expect($isTextNode(added) && added.getTextContent()).toBe(' Added by hand.');
      expect($isPassageNode(added.getParent())).toBe(false);
    });
  });

  it('leaves a split or copied passage with one owner: the copy is unwrapped into plain text', () => {
    const editor = headlessEditorWith(document.body);
    const first = passages(editor)[0]!;
    const { id, wording } = editor.read(() => $getPassageState(first));
    discreteUpdate(editor, () => {
      first.getFirstChildOrThrow<TextNode>().select(5, 5).insertParagraph();
    });
    const owners = passages(editor).filter((p) => editor.read(() => $getPassageState(p).id) === id);
    expect(owners).toHaveLength(1);
    editor.read(() => {
      const [before, after] = $getRoot().getChildren<ElementNode>();
      expect([before!.getTextContent(), after!.getTextContent().slice(0, wording.length - 5)]).toEqual([wording.slice(0, 5), wording.slice(5)]);
      expect(owners[0]!.getParent()!.is(before!)).toBe(true);
      const moved = after!.getFirstDescendant()!;
      expect([$isPassageNode(moved.getParent()), moved.getTextContent()]).toEqual([false, wording.slice(5)]);
      expect(passages(editor).every((p) => $getPassageState(p).id !== NO_PASSAGE.id)).toBe(true);
    });
  });

  it('copies a passage as plain text, so a paste never makes a second owner of its id', () => {
    const editor = headlessEditorWith(document.body);
    let copied: SerializedNode[] = [];
    discreteUpdate(editor, () => {
      // From the first paragraph's start to the third's end: the second paragraph's passage is wholly inside.
      const [first, , third] = $getRoot().getChildren<ElementNode>();
      const selection = first!.select(0, 0);
      selection.focus.set(third!.getKey(), third!.getChildrenSize(), 'element');
      copied = $generateJSONFromSelectedNodes(editor, selection).nodes as SerializedNode[];
    });
    expect(copied.map((node) => node.children!.map((child) => child.type))).toEqual([['text'], ['text'], ['text']]);
    expect(copied[1]!.children![0]).toMatchObject({ text: planToArticle(plan).paragraphs[1] });
  });
});

/** Blocks and runs after the edits a sub-editor makes: bold, a sub-head, a list, a link, an edited passage. */
describe('readDraftArticle of an edited state', () => {
  it('gives the right blocks and runs', () => {
    const editor = headlessEditorWith(document.body);
    const id = editor.read(() => $getPassageState(passages(editor)[0]!).id);
    discreteUpdate(editor, () => {
      const root = $getRoot();
      const first = root.getFirstChildOrThrow<LexicalNode>();
      if (!$isElementNode(first)) throw new Error('no first paragraph');
      // Edit the first passage, then bold its first word.
      const passage = first.getChildren().find($isPassageNode)!;
      const text = passage.getFirstChildOrThrow<LexicalNode>();
      if (!$isTextNode(text)) throw new Error('passage without text');
      text.setTextContent('Edited opening words of the story.');
      const [bold] = text.splitText(6);
      bold!.toggleFormat('bold');
      // A sub-head before the first paragraph, a list and a linked paragraph after it.
      first.insertBefore($createHeadingNode('h2').append($createTextNode('What happened')));
      const list = $createListNode('bullet').append($createListItemNode().append($createTextNode('One point')), $createListItemNode().append($createTextNode('Another')));
      const linked = $createParagraphNode().append($createTextNode('Read '), $createLinkNode('https://example.org/report').append($createTextNode('the report')), $createTextNode('.'));
      first.insertAfter(list);
      list.insertAfter(linked);
      // A fresh passage node (an editor op puts one back) with italic text.
      linked.append($createTextNode(' '), $createPassageNode({ id: 'extra', wording: 'Extra.', from: 'a0', outlets: [] }).append($createTextNode('Extra.').toggleFormat('italic')));
    });
    const state = editor.getEditorState().toJSON() as unknown as SerializedBody;
    const article = readDraftArticle({ ...document, body: state } satisfies DraftDocument);
    const run = (text: string, style: Partial<{ bold: boolean; italic: boolean; link: string }> = {}) => ({ text, bold: false, italic: false, link: null, ...style });
    const firstParagraphRest = planToArticle(plan).paragraphs[0]!.slice(plan.passages.find((p) => p.id === id)!.text.length);
    expect(article.blocks.slice(0, 5)).toEqual([
      { kind: 'heading', runs: [run('What happened')] },
      { kind: 'paragraph', runs: [run('Edited', { bold: true }), run(` opening words of the story.${firstParagraphRest}`)] },
      { kind: 'bullet', runs: [run('One point')] },
      { kind: 'bullet', runs: [run('Another')] },
      { kind: 'paragraph', runs: [run('Read '), run('the report', { link: 'https://example.org/report' }), run('. '), run('Extra.', { italic: true })] },
    ]);
    expect(article.blocks).toHaveLength(planToArticle(plan).paragraphs.length + 4);
    expect(article.fields).toEqual(document.fields);
  });
});
