import { $createRangeSelectionFromDom, $getSelection, $setSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';

/**
 * Lexical handles Enter, Backspace, Ctrl/⌘+B and its other key commands in `keydown`, on the selection it last
 * read from `selectionchange`. Chromium dispatches that event later, as a task of its own, so a key pressed
 * while the main thread is busy (an autosave landing, a panel re-rendering) just after the caret moved
 * natively (a click, End, Shift+Home) acted on the old selection: Enter split the paragraph the caret had
 * left, Ctrl+B bolded words no longer selected. Reading the DOM selection into the editor first, in the
 * capture phase (before Lexical's own listener on the same element), closes that gap. When the two agree —
 * nearly always — this is one read and no update, so typing pays almost nothing for it.
 */
export function syncSelectionOnKeydown(editor: LexicalEditor): () => void {
  return editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('keydown', sync, true);
    root?.addEventListener('keydown', sync, true);
  });

  function sync(event: KeyboardEvent) {
    // An IME composition owns the selection until it ends.
    if (event.isComposing || editor.isComposing()) return;
    const root = editor.getRootElement();
    const domSelection = root?.ownerDocument.defaultView?.getSelection() ?? null;
    if (!root || !domSelection?.anchorNode || !root.contains(domSelection.anchorNode) || !domSelection.focusNode || !root.contains(domSelection.focusNode)) return;
    const stale = editor.read(() => {
      const fromDom = $createRangeSelectionFromDom(domSelection, editor);
      const current = $getSelection();
      return fromDom !== null && (current === null || !current.is(fromDom));
    });
    if (!stale) return;
    // The DOM already shows this selection: writing it back would only disturb it.
    editor.update(() => $setSelection($createRangeSelectionFromDom(domSelection, editor)), { discrete: true, tag: SKIP_DOM_SELECTION_TAG });
  }
}
