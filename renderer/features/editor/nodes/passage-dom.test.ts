// @vitest-environment jsdom
import { $generateHtmlFromNodes } from '@lexical/html';
import { $isTextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { buildDraftDocument, fieldsFromVersions } from '../../../../shared/domain/draft';
import { inText } from '../../../../shared/domain/merge';
import { $getPassageState, EDITOR_NODES } from '.';
import { goldenVersions, mountedEditor, planOf } from './editor-test-support';
import { $findPassage } from '../ops/find-passages';

// The passage's DOM is what the gutter, hover card and e2e tests find passages by: checked in jsdom.
const plan = planOf(goldenVersions.insertedMidParagraph);
const body = buildDraftDocument(plan, fieldsFromVersions(plan, goldenVersions.insertedMidParagraph)).body;
const [first, second] = plan.passages.filter(inText);

function mounted() {
  const { editor, root } = mountedEditor(EDITOR_NODES);
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  return { editor, root };
}

const span = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`span.passage[data-passage-id="${id}"]`);

describe('the passage in the DOM', () => {
  it('renders a span per passage with its id, not edited', () => {
    const { root } = mounted();
    const spans = [...root.querySelectorAll<HTMLElement>('span.passage')];
    expect(spans.map((s) => [s.dataset.passageId, s.dataset.edited, s.textContent])).toEqual(plan.passages.filter(inText).map((p) => [p.id, 'false', p.text]));
  });

  it('marks a passage edited when its text changes, and not when it is changed back', () => {
    const { editor, root } = mounted();
    const setText = (text: string) =>
      editor.update(
        () => {
          const words = $findPassage(first!.id)!.getFirstChild();
          if ($isTextNode(words)) words.setTextContent(text);
        },
        { discrete: true },
      );
    setText(`${first!.text} More.`);
    expect([span(root, first!.id)!.dataset.edited, span(root, second!.id)!.dataset.edited]).toEqual(['true', 'false']);
    setText(first!.text);
    expect(span(root, first!.id)!.dataset.edited).toBe('false');
    expect(editor.read(() => $getPassageState($findPassage(first!.id)!).wording)).toBe(first!.text);
  });

  it('exports HTML with plain spans: the provenance stays in the app', () => {
    const { editor } = mounted();
    const html = editor.read(() => $generateHtmlFromNodes(editor));
    const exported = document.createElement('div');
    exported.innerHTML = html;
    const spans = [...exported.querySelectorAll('span')];
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.some((s) => s.classList.contains('passage') || s.hasAttribute('data-passage-id'))).toBe(false);
    expect(exported.textContent).toContain(second!.text);
  });
});
