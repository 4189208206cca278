import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/domain/draft';
import { EDITOR_NODES } from './nodes';
import { createWordCounter } from './wordCounter';

function trackedEditor(): { editor: LexicalEditor; counted: number[] } {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  const counter = createWordCounter();
  const counted: number[] = [];
  editor.registerUpdateListener(({ editorState, dirtyElements }) => counted.push(counter(editorState, dirtyElements)));
  return { editor, counted };
}

const wholeCount = (editor: LexicalEditor) => editor.read(() => countWords($getRoot().getTextContent()));

describe('createWordCounter', () => {
  it('follows edits to one block, added blocks and removed blocks', () => {
    const { editor, counted } = trackedEditor();
    editor.update(() => {
      $getRoot().append(
        $createParagraphNode().append($createTextNode('Police said the man was arrested.')),
        $createParagraphNode().append($createTextNode('He was bailed.')),
      );
    }, { discrete: true });
    expect(counted.at(-1)).toBe(9);

    editor.update(() => {
      const block = $getRoot().getLastChild();
      const text = $isElementNode(block) ? block.getFirstChild() : null;
      if ($isTextNode(text)) text.setTextContent('He was later bailed until June.');
    }, { discrete: true });
    expect(counted.at(-1)).toBe(12);
    expect(counted.at(-1)).toBe(wholeCount(editor));

    editor.update(() => $getRoot().getFirstChild()?.remove(), { discrete: true });
    expect(counted.at(-1)).toBe(6);

    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('A — dash is not a word.'))), { discrete: true });
    expect(counted.at(-1)).toBe(wholeCount(editor));
  });
});
