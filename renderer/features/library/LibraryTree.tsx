import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { CopySummary, DraftSummary } from '../../../shared/domain/model';
import { Icon } from '../../ui/Icon';
import type { MenuPosition } from '../../ui/ContextMenu';
import { CopyRow } from './CopyRow';
import { DraftRow, DraftsHeadingRow } from './DraftRow';
import { StoryRow } from './StoryRow';
import type { LibraryRow, TreeRow } from './libraryTree';
import { rowCommand, treeAction } from './treeKeys';

interface Props {
  rows: TreeRow[];
  openCopyId: string | null;
  openDraftId: string | null;
  onToggle: (groupKey: string, expand: boolean) => void;
  onOpen: (copyId: string) => void;
  onOpenDraft: (draftId: string) => void;
  /** The row's actions (right click, Shift+F10, the Menu key or its "⋯" button), at a point in the window. */
  onMenu: (row: TreeRow, at: MenuPosition) => void;
  onDelete: (copy: CopySummary) => void;
  onDeleteDraft: (draft: DraftSummary) => void;
  /** A copy dragged onto a story. */
  onDropCopy: (copyId: string, storyId: string) => void;
}

/** The drag payload of a copy row: a private type, so a drag of files from the desktop is never mistaken for it. */
const COPY_DRAG_TYPE = 'application/x-copydesk-copy';

/** Drafts and copies are the rows that open in the editor: marked selected while theirs is the open one. */
const openableProps = (selected: boolean, classes: string, open: () => void) =>
  ({
    'aria-selected': selected,
    'aria-haspopup': 'menu',
    className: `library-tree__item ${classes}${selected ? ' is-selected' : ''}`,
    onClick: open,
  }) as const;

const menuPointOf = (element: Element): MenuPosition => {
  const box = element.getBoundingClientRect();
  return { x: box.left + 24, y: box.top + Math.min(box.height, 28) };
};

/**
 * The library as an ARIA tree with a roving tabindex: the tree is one Tab stop, arrows move inside it, and the
 * row that had focus keeps it across reloads as long as it is still listed.
 */
export function LibraryTree({ rows, openCopyId, openDraftId, onToggle, onOpen, onOpenDraft, onMenu, onDelete, onDeleteDraft, onDropCopy }: Props) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [dropKey, setDropKey] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusPending = useRef(false);
  const now = new Date();

  const current = rows.some((row) => row.key === activeKey) ? activeKey : (rows[0]?.key ?? null);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const element = listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(current ?? '')}"]`);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const focusRow = (key: string) => {
    focusPending.current = true;
    setActiveKey(key);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = rows.find((r) => r.key === current);
    const command = rowCommand(event);
    if (command && row) {
      event.preventDefault();
      const element = listRef.current?.querySelector(`[data-key="${CSS.escape(row.key)}"]`);
      if (command === 'menu' && element) onMenu(row, menuPointOf(element));
      else if (command === 'delete' && row.kind === 'copy') onDelete(row.copy);
      else if (command === 'delete' && row.kind === 'draft') onDeleteDraft(row.draft);
      return;
    }
    const action = treeAction(rows, current, event.key);
    if (action.type === 'none') return;
    event.preventDefault();
    if (action.type === 'focus') focusRow(action.key);
    else if (action.type === 'expand' || action.type === 'collapse') onToggle(action.key, action.type === 'expand');
    else if (action.type === 'open-draft') onOpenDraft(action.draftId);
    else onOpen(action.copyId);
  };

  const dropHandlers = (row: Extract<LibraryRow, { kind: 'story' }>) => ({
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(COPY_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropKey !== row.key) setDropKey(row.key);
    },
    onDragLeave: () => setDropKey((key) => (key === row.key ? null : key)),
    onDrop: (event: DragEvent) => {
      const copyId = event.dataTransfer.getData(COPY_DRAG_TYPE);
      setDropKey(null);
      if (!copyId) return;
      event.preventDefault();
      if (!row.copies.some((copy) => copy.id === copyId)) onDropCopy(copyId, row.story.id);
    },
  });

  const actionsButton = (row: TreeRow, label: string) => (
    <button
      type="button"
      className="library-tree__actions"
      // Mouse affordance only: keyboard users reach the same menu with Shift+F10 without an extra Tab stop per row.
      tabIndex={-1}
      aria-label={`Actions for ${label}`}
      onClick={(event) => {
        event.stopPropagation();
        const box = event.currentTarget.getBoundingClientRect();
        onMenu(row, { x: box.left, y: box.bottom + 2 });
      }}
    >
      <Icon name="more" size={16} />
    </button>
  );

  return (
    <ul ref={listRef} role="tree" aria-label="Drafts, stories and copies" className="library-tree" onKeyDown={onKeyDown}>
      {rows.map((row) => {
        const common = {
          'data-key': row.key,
          role: 'treeitem',
          'aria-level': row.level,
          tabIndex: row.key === current ? 0 : -1,
          onFocus: () => setActiveKey(row.key),
          onContextMenu: (event: MouseEvent) => {
            event.preventDefault();
            setActiveKey(row.key);
            onMenu(row, { x: event.clientX, y: event.clientY });
          },
        } as const;
        if (row.kind === 'drafts') {
          return (
            <li
              key={row.key}
              {...common}
              aria-expanded={row.expanded}
              aria-selected={false}
              data-testid="library-drafts"
              className="library-tree__item library-tree__item--drafts"
              onClick={() => onToggle(row.key, !row.expanded)}
            >
              <DraftsHeadingRow count={row.drafts.length} expanded={row.expanded} />
            </li>
          );
        }
        if (row.kind === 'draft') {
          return (
            <li key={row.key} {...common} {...openableProps(row.draft.id === openDraftId, 'library-tree__item--draft', () => onOpenDraft(row.draft.id))} data-testid="library-draft">
              <DraftRow draft={row.draft} now={now} />
              {actionsButton(row, `draft ${row.draft.title || 'Untitled draft'}`)}
            </li>
          );
        }
        if (row.kind === 'story') {
          return (
            <li
              key={row.key}
              {...common}
              {...dropHandlers(row)}
              aria-expanded={row.expanded}
              aria-selected={false}
              aria-haspopup="menu"
              data-testid="library-story"
              className={`library-tree__item library-tree__item--story${dropKey === row.key ? ' is-drop-target' : ''}`}
              onClick={() => onToggle(row.key, !row.expanded)}
            >
              <StoryRow story={row.story} expanded={row.expanded} now={now} />
              {actionsButton(row, row.story.headline ?? 'Untitled story')}
            </li>
          );
        }
        return (
          <li
            key={row.key}
            {...common}
            {...openableProps(row.copy.id === openCopyId, `library-tree__item--copy level-${row.level}`, () => onOpen(row.copy.id))}
            data-testid="library-copy"
            draggable
            onDragStart={(event) => {
              event.dataTransfer.setData(COPY_DRAG_TYPE, row.copy.id);
              event.dataTransfer.effectAllowed = 'move';
            }}
          >
            <CopyRow copy={row.copy} />
            {actionsButton(row, `${row.copy.outlet ?? 'Unknown outlet'}: ${row.copy.headline ?? 'Untitled copy'}`)}
          </li>
        );
      })}
    </ul>
  );
}
