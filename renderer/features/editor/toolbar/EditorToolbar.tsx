import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { useRef, useState, type KeyboardEvent } from 'react';
import { shortcutLabel } from '../../../app/shortcuts';
import { Icon, type IconName } from '../../../ui/Icon';
import { $applyBlockKind, type BlockKind } from './blockKind';
import { rovingTarget } from './rovingFocus';
import type { ToolbarState } from './useToolbarState';

interface Button {
  id: string;
  label: string;
  icon: IconName;
  /** The key after Ctrl/⌘, shown in the title and announced as aria-keyshortcuts. */
  shortcut?: string;
  /** For toggles: whether the selection has it now (aria-pressed). Absent for one-shot actions. */
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
}

interface Props {
  editor: LexicalEditor;
  state: ToolbarState;
  onLink: () => void;
  onFind: () => void;
}

/**
 * The formatting a sub-editor uses, in the WAI-ARIA toolbar pattern (one Tab stop, arrows inside). Buttons
 * keep the caret in the text: pressing one must not move focus out of the body, or the selection the
 * command applies to would be gone.
 */
export function EditorToolbar({ editor, state, onLink, onFind }: Props) {
  const block = (kind: BlockKind) => () => editor.update(() => $applyBlockKind(kind));
  const groups: Button[][] = [
    [
      { id: 'undo', label: 'Undo', icon: 'undo', shortcut: 'Z', disabled: !state.canUndo, run: () => editor.dispatchCommand(UNDO_COMMAND, undefined) },
      { id: 'redo', label: 'Redo', icon: 'redo', shortcut: 'Shift+Z', disabled: !state.canRedo, run: () => editor.dispatchCommand(REDO_COMMAND, undefined) },
    ],
    [
      { id: 'bold', label: 'Bold', icon: 'bold', shortcut: 'B', pressed: state.bold, run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold') },
      { id: 'italic', label: 'Italic', icon: 'italic', shortcut: 'I', pressed: state.italic, run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic') },
      { id: 'link', label: 'Link', icon: 'link', shortcut: 'K', pressed: state.link, run: onLink },
    ],
    [
      { id: 'paragraph', label: 'Normal text', icon: 'paragraph', pressed: state.block === 'paragraph', run: block('paragraph') },
      { id: 'h2', label: 'Sub-head', icon: 'heading', pressed: state.block === 'h2', run: block('h2') },
      { id: 'quote', label: 'Quote', icon: 'quote', pressed: state.block === 'quote', run: block('quote') },
      { id: 'bullet', label: 'Bulleted list', icon: 'bulletList', pressed: state.block === 'bullet', run: block('bullet') },
      { id: 'number', label: 'Numbered list', icon: 'numberList', pressed: state.block === 'number', run: block('number') },
    ],
    [{ id: 'find', label: 'Find and replace', icon: 'search', shortcut: 'F', run: onFind }],
  ];
  const buttons = groups.flat();
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = rovingTarget(event.key, active, buttons.length);
    if (target === null) return;
    event.preventDefault();
    setActive(target);
    refs.current[target]?.focus();
  };

  let index = 0;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting" onKeyDown={onKeyDown}>
      {groups.map((group, g) => (
        <div key={g} className="editor-toolbar__group" role="group">
          {group.map((button) => {
            const at = index++;
            const title = button.shortcut ? `${button.label} (${shortcutLabel(button.shortcut, 'display')})` : button.label;
            return (
              <button
                key={button.id}
                ref={(element) => {
                  refs.current[at] = element;
                }}
                type="button"
                className="editor-toolbar__button"
                tabIndex={at === active ? 0 : -1}
                aria-label={button.label}
                aria-pressed={button.pressed}
                aria-keyshortcuts={button.shortcut ? shortcutLabel(button.shortcut, 'aria') : undefined}
                aria-disabled={button.disabled || undefined}
                title={title}
                data-testid={`toolbar-${button.id}`}
                onMouseDown={(event) => event.preventDefault()}
                onFocus={() => setActive(at)}
                onClick={() => {
                  if (!button.disabled) button.run();
                }}
              >
                <Icon name={button.icon} size={16} />
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
