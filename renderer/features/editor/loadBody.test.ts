import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { bodyJson, paragraphJson, passageJson, textJson } from '../../../shared/domain/draft/lexical-json';
import { $loadBody } from './loadBody';
import { $isPassageNode, EDITOR_NODES } from './nodes';

const load = (body: Parameters<typeof $loadBody>[0]) => {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  editor.update(() => $loadBody(body), { discrete: true });
  return editor;
};

describe('$loadBody', () => {
  it('loads a merged body with its passages', () => {
    const state = { id: 'r1', wording: 'Police said.', from: 'a', outlets: ['a'] };
    const editor = load(bodyJson([paragraphJson([passageJson(state, 'Police said.'), textJson(' Then more.')])]));
    expect(editor.read(() => $getRoot().getTextContent())).toBe('Police said. Then more.');
    expect(editor.read(() => $getRoot().getAllTextNodes().map((node) => $isPassageNode(node.getParent())))).toEqual([true, false]);
  });

  it('keeps the words of a block it cannot read, and the blocks around it', () => {
    const unknown = { type: 'video-embed', version: 1, children: [textJson('Watch: the arrest.')] };
    const editor = load(bodyJson([paragraphJson([textJson('First.')]), unknown, paragraphJson([textJson('Last.')])]));
    expect(editor.read(() => $getRoot().getChildren().map((node) => `${node.getType()}:${node.getTextContent()}`))).toEqual([
      'paragraph:First.',
      'paragraph:Watch: the arrest.',
      'paragraph:Last.',
    ]);
  });

  it('gives an empty body a paragraph to type in', () => {
    const editor = load(bodyJson([]));
    expect(editor.read(() => $getRoot().getChildren().map((node) => node.getType()))).toEqual(['paragraph']);
  });
});
