import { createHeadlessEditor } from '@lexical/headless';
import { $isLinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../nodes';
import { $linkTarget, $removeLink, $setLink } from './linkEdit';

function editorSelecting(select: (text: TextNode) => void): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  editor.update(
    () => {
      const text = $createTextNode('Read the full report here.');
      $getRoot().append($createParagraphNode().append(text));
      select(text);
    },
    { discrete: true },
  );
  return editor;
}

const links = (editor: LexicalEditor) =>
  editor.read(() =>
    $getRoot()
      .getAllTextNodes()
      .flatMap((node) => {
        const parent = node.getParent();
        return $isLinkNode(parent) ? [`${node.getTextContent()} → ${parent.getURL()}`] : [];
      }),
  );

describe('link editing', () => {
  it('links the selected words, then changes and removes that link from a caret inside it', () => {
    const editor = editorSelecting((text) => text.select(9, 20));
    expect(editor.read($linkTarget)).toEqual({ url: null, needsText: false });
    editor.update(() => $setLink('https://example.com/report', ''), { discrete: true });
    expect(links(editor)).toEqual(['full report → https://example.com/report']);

    editor.update(() => $getRoot().getAllTextNodes()[1]?.select(2, 2), { discrete: true });
    expect(editor.read($linkTarget)).toEqual({ url: 'https://example.com/report', needsText: false });
    editor.update(() => $setLink('https://example.com/v2', ''), { discrete: true });
    expect(links(editor)).toEqual(['full report → https://example.com/v2']);

    editor.update(() => $removeLink(), { discrete: true });
    expect(links(editor)).toEqual([]);
    expect(editor.read(() => $getRoot().getTextContent())).toBe('Read the full report here.');
  });

  it('inserts a link with its words at a bare caret', () => {
    const editor = editorSelecting((text) => text.select(26, 26));
    expect(editor.read($linkTarget)).toEqual({ url: null, needsText: true });
    editor.update(() => $setLink('mailto:desk@example.com', ' the desk '), { discrete: true });
    expect(links(editor)).toEqual(['the desk → mailto:desk@example.com']);
  });
});
