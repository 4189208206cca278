import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import { $getPassageState, $isPassageNode } from './nodes';

function $passageAtCaret(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const passage = $findMatchingParent(selection.anchor.getNode(), $isPassageNode);
  return $isPassageNode(passage) ? $getPassageState(passage).id : null;
}

/** Tells the Merge tab which passage the caret is in (its decision and provenance show beside the text). */
export function usePassageFocus(editor: LexicalEditor, onPassageFocus: ((passageId: string | null) => void) | undefined): void {
  const callback = useRef(onPassageFocus);
  callback.current = onPassageFocus;
  useEffect(() => {
    let last: string | null = null;
    return editor.registerUpdateListener(({ editorState }) => {
      const id = editorState.read($passageAtCaret);
      if (id === last) return;
      last = id;
      callback.current?.(id);
    });
  }, [editor]);
}
