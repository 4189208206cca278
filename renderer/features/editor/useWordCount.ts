import type { LexicalEditor } from 'lexical';
import { startTransition, useEffect, useState } from 'react';
import { readingMinutes } from '../../../shared/domain/draft';
import { createWordCounter } from './wordCounter';

/**
 * The body's word count and reading time, live. Counted incrementally (wordCounter) and handed to React in a
 * transition, so the count never holds up a keystroke's paint; it only re-renders when the number changes.
 */
export function useWordCount(editor: LexicalEditor): { words: number; minutes: number } {
  const [counter] = useState(createWordCounter);
  const [words, setWords] = useState(() => counter(editor.getEditorState(), null));
  useEffect(() => {
    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      const next = counter(editorState, dirtyElements);
      startTransition(() => setWords(next));
    });
    // An update committed before the listener existed (the body loading) is counted here.
    setWords(counter(editor.getEditorState(), null));
    return unregister;
  }, [editor, counter]);
  return { words, minutes: readingMinutes(words) };
}
