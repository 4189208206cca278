import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../nodes';
import { $applyBlockKind, $selectedBlockKind, type BlockKind } from './blockKind';

function editorWithCaretIn(text: string): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  editor.update(
    () => {
      const node = $createTextNode(text);
      $getRoot().append($createParagraphNode().append($createTextNode('Before.')), $createParagraphNode().append(node));
      node.select(2, 2);
    },
    { discrete: true },
  );
  return editor;
}

const apply = (editor: LexicalEditor, kind: BlockKind) => editor.update(() => $applyBlockKind(kind), { discrete: true });
const state = (editor: LexicalEditor) => editor.read(() => ({ kind: $selectedBlockKind(), types: $getRoot().getChildren().map((node) => node.getType()) }));

describe('block styles', () => {
  it('turns the caret’s paragraph into a sub-head, and back when chosen again', () => {
    const editor = editorWithCaretIn('Reaction');
    apply(editor, 'h2');
    expect(state(editor)).toEqual({ kind: 'h2', types: ['paragraph', 'heading'] });
    apply(editor, 'h2');
    expect(state(editor)).toEqual({ kind: 'paragraph', types: ['paragraph', 'paragraph'] });
  });

  it('makes lists and switches between list kinds and other styles', () => {
    const editor = editorWithCaretIn('First point');
    apply(editor, 'bullet');
    expect(state(editor)).toEqual({ kind: 'bullet', types: ['paragraph', 'list'] });
    apply(editor, 'number');
    expect(state(editor).kind).toBe('number');
    apply(editor, 'quote');
    expect(state(editor)).toEqual({ kind: 'quote', types: ['paragraph', 'quote'] });
    apply(editor, 'paragraph');
    expect(state(editor)).toEqual({ kind: 'paragraph', types: ['paragraph', 'paragraph'] });
    expect(editor.read(() => $getRoot().getTextContent())).toBe('Before.\n\nFirst point');
  });
});
