import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';
import type { CopySummary, DraftSummary } from '../../../shared/domain/model';
import { Icon } from '../../ui/Icon';
import type { MenuPosition } from '../../ui/ContextMenu';
import { CopyRow } from './CopyRow';
import { DraftRow, DraftsHeadingRow } from './DraftRow';
import { StoryRow } from './StoryRow';
import { useRowWindow } from '../compare/useRowWindow';
import { treePositions, type LibraryRow, type TreeRow } from './libraryTree';
import { rowCommand, treeAction } from './treeKeys';

interface Props {
  rows: TreeRow[];
  /** The element that scrolls the tree: only the rows in its view (and a few either side) are rendered. */
  scrollRef: RefObject<HTMLElement | null>;
  /** Stories that match but are not fetched yet (the library is fetched a page at a time). */
  unfetched: number;
  /** Asks for the next page, or (`all`) for every story, as End does. */
  onLoadMore: (all: boolean) => void;
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

/** Heights before a row is measured (the window corrects them as rows render): a story, a copy, a draft. */
const estimatedHeight = (row: TreeRow): number => (row.kind === 'drafts' ? 36 : row.kind === 'draft' ? 54 : row.kind === 'story' ? 62 : 74);

/** Space standing in for rows not rendered; hidden from readers, who are told positions by aria-posinset. */
const spacer = (key: string, height: number) => height > 0 && <li key={key} role="none" aria-hidden="true" style={{ height }} />;

const menuPointOf = (element: Element): MenuPosition => {
  const box = element.getBoundingClientRect();
  return { x: box.left + 24, y: box.top + Math.min(box.height, 28) };
};

/**
 * The library as an ARIA tree with a roving tabindex: the tree is one Tab stop, arrows move inside it, and the
 * row that had focus keeps it across reloads as long as it is still listed. Long libraries are windowed: only
 * the rows in view are in the DOM, plus the focused row wherever it is, so focus never falls out of the tree
 * while scrolling and keys move across the whole list.
 */
export function LibraryTree({ rows, scrollRef, unfetched, onLoadMore, openCopyId, openDraftId, onToggle, onOpen, onOpenDraft, onMenu, onDelete, onDeleteDraft, onDropCopy }: Props) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [dropKey, setDropKey] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusPending = useRef(false);
  const now = new Date();

  const activeIndex = rows.findIndex((row) => row.key === activeKey);
  const currentIndex = activeIndex >= 0 ? activeIndex : rows.length > 0 ? 0 : -1;
  const current = rows[currentIndex]?.key ?? null;

  const heights = useMemo(() => rows.map(estimatedHeight), [rows]);
  const positions = useMemo(() => treePositions(rows, unfetched), [rows, unfetched]);
  const hasMore = unfetched > 0;
  const { start, end, before, after, scrollToRow } = useRowWindow(scrollRef, heights);

  // The reader scrolled to the last rows fetched: fetch the next page before they reach the end (once per
  // length of the list, or every render until the page arrives would ask for another).
  const askedAt = useRef(-1);
  useEffect(() => {
    if (!hasMore || end < rows.length || askedAt.current === rows.length) return;
    askedAt.current = rows.length;
    onLoadMore(false);
  }, [hasMore, end, rows.length, onLoadMore]);

  // End pressed while stories were still unfetched: the last row is focused once they have all arrived.
  const endPending = useRef(false);
  useEffect(() => {
    if (!endPending.current || hasMore) return;
    endPending.current = false;
    const last = rows.at(-1);
    if (last) focusRow(last.key);
  });

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    // The focused row is always rendered (see below), so it can take focus before the window reaches it.
    listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(current ?? '')}"]`)?.focus({ preventScroll: true });
    if (currentIndex >= 0) scrollToRow(currentIndex);
  }, [current, currentIndex, scrollToRow]);

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
    const pageRows = Math.floor((scrollRef.current?.clientHeight ?? 0) / estimatedHeight(row ?? rows[0]!));
    if (event.key === 'End' && hasMore) {
      event.preventDefault();
      endPending.current = true;
      return onLoadMore(true);
    }
    const action = treeAction(rows, current, event.key, pageRows);
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

  const renderRow = (row: TreeRow, index: number): ReactNode => {
    const common = {
      'data-key': row.key,
      'data-row-index': index,
      role: 'treeitem',
      'aria-level': row.level,
      'aria-posinset': positions[index]!.posInSet,
      'aria-setsize': positions[index]!.setSize,
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
  };

  // The focused row when it is outside the window: rendered in its place, between two spacers that share the
  // height the window leaves above (or below) the rendered rows.
  const kept = currentIndex >= 0 && (currentIndex < start || currentIndex >= end) ? currentIndex : null;
  const sum = (from: number, to: number) => heights.slice(from, to).reduce((a, b) => a + b, 0);
  const keptHeight = kept === null ? 0 : heights[kept]!;
  const aboveKept = kept === null ? 0 : kept < start ? Math.min(sum(0, kept), Math.max(0, before - keptHeight)) : Math.min(sum(end, kept), Math.max(0, after - keptHeight));
  const keptRow = kept === null ? null : renderRow(rows[kept]!, kept);

  // One flat keyed list: a row moving between "kept" and the window keeps its element, and with it the focus.
  const items: ReactNode[] = [
    ...(kept !== null && kept < start ? [spacer('above-kept', aboveKept), keptRow, spacer('before', Math.max(0, before - aboveKept - keptHeight))] : [spacer('before', before)]),
    ...rows.slice(start, end).map((row, offset) => renderRow(row, start + offset)),
    ...(kept !== null && kept >= end ? [spacer('below-window', aboveKept), keptRow, spacer('after', Math.max(0, after - aboveKept - keptHeight))] : [spacer('after', after)]),
  ];

  return (
    <ul ref={listRef} role="tree" aria-label="Drafts, stories and copies" className="library-tree" onKeyDown={onKeyDown}>
      {items}
    </ul>
  );
}
