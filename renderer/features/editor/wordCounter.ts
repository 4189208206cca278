import { $getRoot, type EditorState, type NodeKey } from 'lexical';
import { countWords } from '../../../shared/domain/draft';

export type WordCounter = (editorState: EditorState, dirtyElements: ReadonlyMap<NodeKey, unknown> | null) => number;

/**
 * Counts the body's words per top-level block and recounts only the blocks an update touched (Lexical
 * marks every ancestor of a changed node dirty), so a keystroke in a 5,000-word draft costs one paragraph's
 * count, not the whole body's. The sum equals countWords of the whole text: words never span blocks.
 * Pass null for dirtyElements to count everything.
 */
export function createWordCounter(): WordCounter {
  let counts = new Map<NodeKey, number>();
  return (editorState, dirtyElements) =>
    editorState.read(() => {
      const next = new Map<NodeKey, number>();
      let total = 0;
      for (const block of $getRoot().getChildren()) {
        const key = block.getKey();
        const known = dirtyElements?.has(key) ? undefined : counts.get(key);
        const words = known ?? countWords(block.getTextContent());
        next.set(key, words);
        total += words;
      }
      counts = next;
      return total;
    });
}
