// @vitest-environment jsdom
import { registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { mountedEditor } from './nodes/editor-test-support';
import { syncSelectionOnKeydown } from './syncSelectionOnKeydown';

/**
 * The race in the browser: the caret moves natively (a click, End, Shift+Home) and a key arrives before
 * Chromium's `selectionchange` reaches Lexical. Reproduced deterministically: the DOM selection is moved
 * without that event, then the key is dispatched.
 */
function mounted(sync: boolean) {
  const { editor, root } = mountedEditor();
  const cleanups = [registerRichText(editor), ...(sync ? [syncSelectionOnKeydown(editor)] : [])];
  editor.update(
    () => {
      $getRoot().append(...['First paragraph.', 'Second paragraph.'].map((text) => $createParagraphNode().append($createTextNode(text))));
      // Lexical's own idea of the caret: the end of the first paragraph.
      $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().selectEnd();
    },
    { discrete: true },
  );
  return { editor, root, cleanup: () => cleanups.forEach((c) => c()) };
}

/** Moves the DOM selection inside paragraph `index` without the selectionchange Lexical listens for. */
function selectNatively(root: HTMLElement, index: number, start: number, end = start) {
  const text = root.children[index]!.querySelector('span')!.firstChild!;
  const selection = document.getSelection()!;
  selection.setBaseAndExtent(text, start, text, end);
}

/** Dispatches the key, then lets Lexical commit the update it queued. */
async function press(root: HTMLElement, key: string, init: KeyboardEventInit = {}) {
  root.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const paragraphs = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getChildren().map((p) => p.getTextContent()));

const boldText = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getAllTextNodes()
      .filter((node) => $isTextNode(node) && node.hasFormat('bold'))
      .map((node) => node.getTextContent())
      .join('|'),
  );

let cleanup = () => {};
afterEach(() => cleanup());

describe('syncSelectionOnKeydown', () => {
  it('lets Enter split the paragraph the caret is in now, not the one it left', async () => {
    const mount = mounted(true);
    cleanup = mount.cleanup;
    selectNatively(mount.root, 1, 'Second '.length);
    await press(mount.root, 'Enter');
    expect(paragraphs(mount.editor)).toEqual(['First paragraph.', 'Second ', 'paragraph.']);
  });

  it('lets Ctrl+B bold the words selected now', async () => {
    const mount = mounted(true);
    cleanup = mount.cleanup;
    selectNatively(mount.root, 1, 0, 'Second'.length);
    await press(mount.root, 'b', { ctrlKey: true });
    expect(boldText(mount.editor)).toBe('Second');
  });

  it('is what makes the difference: without it Lexical acts on the stale selection', async () => {
    const mount = mounted(false);
    cleanup = mount.cleanup;
    selectNatively(mount.root, 1, 'Second '.length);
    await press(mount.root, 'Enter');
    expect(paragraphs(mount.editor)).toEqual(['First paragraph.', '', 'Second paragraph.']);
  });

  it('changes nothing when the selections agree', async () => {
    const mount = mounted(true);
    cleanup = mount.cleanup;
    const before = mount.editor.getEditorState();
    await press(mount.root, 'Shift');
    expect(mount.editor.getEditorState()).toBe(before);
  });
});
