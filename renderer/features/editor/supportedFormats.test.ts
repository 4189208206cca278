import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, $isListNode, type ListItemNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from './nodes';
import { registerSupportedFormats } from './supportedFormats';

function editorWith(build: () => void): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  registerSupportedFormats(editor);
  editor.update(build, { discrete: true });
  return editor;
}

describe('registerSupportedFormats', () => {
  it('keeps bold and italic and drops underline, strikethrough, code and inline styles', () => {
    const editor = editorWith(() => {
      const text = $createTextNode('pasted').toggleFormat('bold').toggleFormat('underline').toggleFormat('strikethrough').toggleFormat('code');
      text.setStyle('color: red; font-size: 30px');
      $getRoot().append($createParagraphNode().append(text, $createTextNode(' and ').toggleFormat('italic')));
    });
    const formats = editor.read(() =>
      $getRoot()
        .getAllTextNodes()
        .map((node) => ({ bold: node.hasFormat('bold'), italic: node.hasFormat('italic'), underline: node.hasFormat('underline'), code: node.hasFormat('code'), style: node.getStyle() })),
    );
    expect(formats).toEqual([
      { bold: true, italic: false, underline: false, code: false, style: '' },
      { bold: false, italic: true, underline: false, code: false, style: '' },
    ]);
  });

  it('turns every heading level into the sub-head and drops alignment and indent', () => {
    const editor = editorWith(() => {
      const heading = $createHeadingNode('h1').append($createTextNode('Title'));
      heading.setFormat('center');
      const paragraph = $createParagraphNode().append($createTextNode('Body'));
      paragraph.setIndent(2);
      $getRoot().append(heading, paragraph);
    });
    const blocks = editor.read(() =>
      $getRoot()
        .getChildren()
        .map((node) => ({ tag: $isHeadingNode(node) ? node.getTag() : null, align: $isElementNode(node) ? node.getFormatType() : null, indent: $isElementNode(node) ? node.getIndent() : null })),
    );
    expect(blocks).toEqual([
      { tag: 'h2', align: '', indent: 0 },
      { tag: null, align: '', indent: 0 },
    ]);
  });

  it('makes a check list a bulleted list', () => {
    const editor = editorWith(() => {
      const item = $createListItemNode(true).append($createTextNode('done'));
      $getRoot().append($createListNode('check').append(item));
    });
    const list = editor.read(() => {
      const node = $getRoot().getFirstChild();
      return $isListNode(node) ? { type: node.getListType(), checked: (node.getFirstChild() as ListItemNode).getChecked() } : null;
    });
    expect(list).toEqual({ type: 'bullet', checked: undefined });
  });

  it('unwraps a link whose target is not web or mail, keeping its words', () => {
    const editor = editorWith(() => {
      const bad = $createLinkNode('javascript:alert(1)').append($createTextNode('click'));
      const good = $createLinkNode('https://example.com').append($createTextNode('source'));
      $getRoot().append($createParagraphNode().append($createTextNode('Please '), bad, $createTextNode(' or '), good));
    });
    const children = editor.read(() =>
      ($getRoot().getFirstChild() as ReturnType<typeof $createParagraphNode>).getChildren().map((node) => ($isLinkNode(node) ? `link:${node.getURL()}` : $isTextNode(node) ? node.getTextContent() : node.getType())),
    );
    expect(children.join('|')).not.toContain('javascript');
    expect(children).toContain('link:https://example.com');
    expect(editor.read(() => $getRoot().getTextContent())).toBe('Please click or source');
  });
});
