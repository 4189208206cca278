import { createHeadlessEditor } from '@lexical/headless';
import { registerHistory } from '@lexical/history';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { historyFromLoaded } from '../loadedHistory';
import { $createPassageNode, $getPassageState, $isPassageNode, EDITOR_NODES } from '../nodes';
import { $readBlockTexts } from './blockText';
import { $findInBody, $matchNearCaret, replaceAll, replaceMatch } from './findInEditor';

const loose = { matchCase: false, wholeWords: false };

/** A body like a merged draft: a passage (with a bold word in it) and the sub-editor's own text after it. */
function draftEditor(): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  editor.update(
    () => {
      const first = $createParagraphNode();
      const passage = $createPassageNode({ id: 'p1', wording: 'Police said the man was arrested', from: 'a', outlets: ['a', 'b'] });
      passage.append($createTextNode('Police said the man was '), $createTextNode('arrested').toggleFormat('bold'));
      first.append(passage, $createTextNode(' on Monday. The man, 34, was bailed.'));
      const list = $createListNode('bullet');
      list.append($createListItemNode().append($createTextNode('The man denies it.')));
      $getRoot().append(first, list);
    },
    { discrete: true },
  );
  return editor;
}

const bodyText = (editor: LexicalEditor): string => editor.read(() => $getRoot().getTextContent());

describe('finding in the body', () => {
  it('reads each block as one text across formatting and inline elements', () => {
    const editor = draftEditor();
    const blocks = editor.read(() => $readBlockTexts());
    expect(blocks.map((block) => block.text)).toEqual(['Police said the man was arrested on Monday. The man, 34, was bailed.', 'The man denies it.']);
    expect(blocks[0]?.segments).toHaveLength(3);
  });

  it('finds a phrase split between a bold run and the plain text after a passage', () => {
    const editor = draftEditor();
    const { result } = editor.read(() => $findInBody('was arrested on monday', loose));
    expect(result.matches).toEqual([{ block: 0, start: 20, end: 42 }]);
  });

  it('starts from the caret', () => {
    const editor = draftEditor();
    editor.update(() => $getRoot().getLastDescendant()?.selectStart(), { discrete: true });
    expect(editor.read(() => $matchNearCaret($findInBody('the man', loose)))).toBe(2);
  });
});

describe('replacing', () => {
  it('replaces one match across text nodes, keeping the first node and its format', () => {
    const editor = draftEditor();
    expect(replaceMatch(editor, 'man was arrested', loose, 0, 'suspect was held')).toBe(true);
    expect(bodyText(editor)).toBe('Police said the suspect was held on Monday. The man, 34, was bailed.\n\nThe man denies it.');
    // The passage keeps its provenance; its text no longer being the merged wording is what marks it edited.
    const passage = editor.read(() => {
      const node = $getRoot().getFirstDescendant()?.getParent();
      return $isPassageNode(node) ? { state: $getPassageState(node), text: node.getTextContent() } : null;
    });
    expect(passage).toEqual({ state: expect.objectContaining({ id: 'p1', wording: 'Police said the man was arrested' }), text: 'Police said the suspect was held' });
    const caret = editor.read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) ? selection.anchor.getNode().getTextContent().slice(0, selection.anchor.offset) : null;
    });
    expect(caret).toBe('Police said the suspect was held');
  });

  it('removes a node a replacement empties', () => {
    const editor = draftEditor();
    replaceMatch(editor, ' arrested', loose, 0, '');
    expect(bodyText(editor).startsWith('Police said the man was on Monday.')).toBe(true);
    expect(editor.read(() => $readBlockTexts()[0]?.segments.length)).toBe(2);
  });

  it('does nothing for a match that is no longer there', () => {
    const editor = draftEditor();
    expect(replaceMatch(editor, 'the man', loose, 7, 'x')).toBe(false);
    expect(bodyText(editor)).toContain('The man denies it.');
  });

  it('replaces all in one undo step', () => {
    const editor = draftEditor();
    registerHistory(editor, historyFromLoaded(editor), 0);
    const before = bodyText(editor);
    expect(replaceAll(editor, 'the man', { matchCase: false, wholeWords: true }, 'the suspect')).toEqual({ replaced: 3, truncated: false });
    expect(bodyText(editor)).toBe('Police said the suspect was arrested on Monday. the suspect, 34, was bailed.\n\nthe suspect denies it.');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(bodyText(editor)).toBe(before);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(bodyText(editor)).toBe(before);
  });

  it('replaces a replacement that contains the query only once', () => {
    const editor = draftEditor();
    replaceAll(editor, 'man', loose, 'man and woman');
    expect(bodyText(editor).match(/woman/g)).toHaveLength(3);
  });
});
