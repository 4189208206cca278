import { createHeadlessEditor } from '@lexical/headless';
import { registerHistory } from '@lexical/history';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { applySuggestions, suggestStyle, type StyleOptions } from '../../../shared/domain/style';
import { historyFromLoaded } from '../editor/loadedHistory';
import { $createPassageNode, $getPassageState, $isPassageNode, EDITOR_NODES } from '../editor/nodes';
import { $applyStyleItems, $selectStyleItem, readBlockTexts } from './applyStyle';
import { listStyleItems, type StyleItem } from './styleItems';

const UK: StyleOptions = { quoteStyle: 'uk' };

const passage = (id: string, ...texts: string[]) => {
  const node = $createPassageNode({ id, wording: texts.join(''), from: 'a', outlets: ['a', 'b'] });
  node.append(...texts.map((text) => $createTextNode(text)));
  return node;
};

/**
 * A merged body as the editor holds it: passages (one with its text in two nodes, one bold) separated by " "
 * text nodes, a run-on quotation over two paragraphs, a sub-head and a list item of the sub-editor's own.
 */
function draftEditor(): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'style-test', nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  editor.update(
    () => {
      const first = $createParagraphNode().append(
        passage('p1', '"We are ', 'pleased - really," said Mr. Smith. '),
        $createTextNode(' '),
        passage('p2', "It's the Met's view."),
      );
      const bold = $createTextNode('"Costs rose 10-12 per cent').toggleFormat('bold');
      const second = $createParagraphNode().append($createPassageNode({ id: 'p3', wording: bold.getTextContent(), from: 'b', outlets: ['b'] }).append(bold));
      const third = $createParagraphNode().append($createTextNode('"and will rise ...", he added .'));
      const heading = $createHeadingNode('h2').append($createTextNode("The Met's  plans"));
      const list = $createListNode('bullet').append($createListItemNode().append($createTextNode('Dr. Jones said "no".')));
      $getRoot().append(first, second, third, heading, list);
    },
    { discrete: true },
  );
  return editor;
}

const itemsOf = (editor: LexicalEditor, options = UK): StyleItem[] => listStyleItems(readBlockTexts(editor), null, options).items;
const applyAll = (editor: LexicalEditor, items: readonly StyleItem[]): number => {
  let applied = 0;
  editor.update(() => (applied = $applyStyleItems(items)), { discrete: true });
  return applied;
};
const passages = (editor: LexicalEditor) =>
  editor.read(() =>
    [...new Set($getRoot().getAllTextNodes().map((node) => node.getParent()))]
      .filter($isPassageNode)
      .map((node) => ({ id: $getPassageState(node).id, text: node.getTextContent() })),
  );

describe('applying house style in the editor', () => {
  it('gives the same text as applying to the plain text, in every block, for both styles', () => {
    for (const quoteStyle of ['uk', 'us'] as const) {
      const editor = draftEditor();
      const before = readBlockTexts(editor);
      const joined = before.join('\n');
      const expected = applySuggestions(joined, suggestStyle(joined, { quoteStyle })).split('\n');
      const items = itemsOf(editor, { quoteStyle });
      expect(applyAll(editor, items)).toBe(items.filter((item) => item.replacement !== null).length);
      expect(readBlockTexts(editor)).toEqual(expected);
      expect(expected).not.toEqual(before);
    }
  });

  it('reads a quotation running over paragraphs as one (no unbalanced flag) and converts it', () => {
    const editor = draftEditor();
    const items = itemsOf(editor);
    expect(items.filter((item) => item.rule === 'unbalanced-quotes')).toEqual([]);
    applyAll(editor, items);
    expect(readBlockTexts(editor).slice(1, 3)).toEqual(['‘Costs rose 10–12 per cent', '‘and will rise …’, he added.']);
  });

  it('edits inside a passage across its text nodes and keeps its provenance', () => {
    const editor = draftEditor();
    const dash = itemsOf(editor).find((item) => item.rule === 'dashes')!;
    expect(dash.found).toBe(' - ');
    expect(applyAll(editor, [dash])).toBe(1);
    expect(passages(editor)[0]).toEqual({ id: 'p1', text: '"We are pleased – really," said Mr. Smith. ' });
  });

  it('applies a replacement spanning a passage and the text node after it', () => {
    const editor = draftEditor();
    const space = itemsOf(editor).find((item) => item.rule === 'double-spaces' && item.target.kind === 'body' && item.target.block === 0)!;
    expect(space.found).toBe('  ');
    applyAll(editor, [space]);
    // The one space left stays in the passage (the first node touched); the separator node is cut away.
    expect(readBlockTexts(editor)[0]).toBe('"We are pleased - really," said Mr. Smith. It\'s the Met\'s view.');
    expect(passages(editor)).toEqual([
      { id: 'p1', text: '"We are pleased - really," said Mr. Smith. ' },
      { id: 'p2', text: "It's the Met's view." },
      { id: 'p3', text: '"Costs rose 10-12 per cent' },
    ]);
  });

  it('keeps the formatting of the text node it edits', () => {
    const editor = draftEditor();
    const range = itemsOf(editor).find((item) => item.rule === 'number-ranges')!;
    applyAll(editor, [range]);
    const bold = editor.read(() => {
      const node = $getRoot().getAllTextNodes().find((text) => text.getTextContent().includes('Costs'));
      return { text: node?.getTextContent(), bold: node?.hasFormat('bold') };
    });
    expect(bold).toEqual({ text: '"Costs rose 10–12 per cent', bold: true });
  });

  it('skips an item whose text changed since the listing', () => {
    const editor = draftEditor();
    const stop = itemsOf(editor).find((item) => item.rule === 'title-stops' && item.found === '.' && item.before.endsWith('Dr'))!;
    editor.update(() => $getRoot().getAllTextNodes().find((node) => node.getTextContent().startsWith('Dr.'))!.setTextContent('Dr Jones said "no".'), { discrete: true });
    const before = readBlockTexts(editor);
    expect(applyAll(editor, [stop])).toBe(0);
    expect(readBlockTexts(editor)).toEqual(before);
  });

  it('applies everything as one undo step', () => {
    const editor = draftEditor();
    registerHistory(editor, historyFromLoaded(editor), 0);
    const before = readBlockTexts(editor);
    applyAll(editor, itemsOf(editor));
    expect(readBlockTexts(editor)).not.toEqual(before);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(readBlockTexts(editor)).toEqual(before);
  });

  it('selects an item’s text, even across nodes', () => {
    const editor = draftEditor();
    const space = itemsOf(editor).find((item) => item.rule === 'double-spaces' && item.target.kind === 'body' && item.target.block === 0)!;
    let selected = '';
    editor.update(
      () => {
        expect($selectStyleItem(space)).toBe(true);
        const selection = $getSelection();
        selected = $isRangeSelection(selection) ? selection.getTextContent() : '';
      },
      { discrete: true },
    );
    expect(selected).toBe('  ');
  });
});
