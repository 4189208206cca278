import { $isLinkNode } from '@lexical/link';
import { mergeRegister, $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { $selectedBlockKind, type BlockKind } from './blockKind';

/** What the toolbar shows as pressed or available for the current selection. */
export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  link: boolean;
  block: BlockKind;
  canUndo: boolean;
  canRedo: boolean;
}

const INITIAL: ToolbarState = { bold: false, italic: false, link: false, block: 'paragraph', canUndo: false, canRedo: false };

function $readSelectionState(): Pick<ToolbarState, 'bold' | 'italic' | 'link' | 'block'> {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { bold: false, italic: false, link: false, block: 'paragraph' };
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    link: $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null,
    block: $selectedBlockKind(),
  };
}

const same = (a: ToolbarState, b: ToolbarState): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.link === b.link && a.block === b.block && a.canUndo === b.canUndo && a.canRedo === b.canRedo;

/**
 * Follows the selection and the undo history. Returns the previous object when nothing the toolbar shows
 * changed, so typing a word does not re-render the toolbar on every key.
 */
export function useToolbarState(editor: LexicalEditor): ToolbarState {
  const [state, setState] = useState<ToolbarState>(INITIAL);
  useEffect(() => {
    const merge = (patch: Partial<ToolbarState>) =>
      setState((previous) => {
        const next = { ...previous, ...patch };
        return same(previous, next) ? previous : next;
      });
    merge(editor.getEditorState().read($readSelectionState));
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => merge(editorState.read($readSelectionState))),
      editor.registerCommand(CAN_UNDO_COMMAND, (canUndo) => (merge({ canUndo }), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CAN_REDO_COMMAND, (canRedo) => (merge({ canRedo }), false), COMMAND_PRIORITY_LOW),
    );
  }, [editor]);
  return state;
}
