import type { HistoryState } from '@lexical/history';
import type { LexicalEditor } from 'lexical';

/**
 * Undo history that starts at the loaded draft. Lexical's history only records an undo entry once it has a
 * current state, so without this the first change after opening a draft could not be undone. The read
 * flushes the pending update that loads the body, so the state recorded is the loaded one.
 */
export function historyFromLoaded(editor: LexicalEditor): HistoryState {
  const editorState = editor.read(() => editor.getEditorState());
  return { current: { editor, editorState }, undoStack: [], redoStack: [] };
}
