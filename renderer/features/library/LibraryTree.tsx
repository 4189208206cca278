import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CopyRow } from './CopyRow';
import { StoryRow } from './StoryRow';
import type { LibraryRow } from './libraryTree';
import { treeAction } from './treeKeys';

interface Props {
  rows: LibraryRow[];
  openCopyId: string | null;
  onToggle: (storyKey: string, expand: boolean) => void;
  onOpen: (copyId: string) => void;
}

/**
 * The library as an ARIA tree with a roving tabindex: the tree is one Tab stop, arrows move inside it, and the
 * row that had focus keeps it across reloads as long as it is still listed.
 */
export function LibraryTree({ rows, openCopyId, onToggle, onOpen }: Props) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
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
    const action = treeAction(rows, current, event.key);
    if (action.type === 'none') return;
    event.preventDefault();
    if (action.type === 'focus') focusRow(action.key);
    else if (action.type === 'expand' || action.type === 'collapse') onToggle(action.key, action.type === 'expand');
    else onOpen(action.copyId);
  };

  return (
    <ul ref={listRef} role="tree" aria-label="Stories and copies" className="library-tree" onKeyDown={onKeyDown}>
      {rows.map((row) => {
        const common = {
          'data-key': row.key,
          role: 'treeitem',
          'aria-level': row.level,
          tabIndex: row.key === current ? 0 : -1,
          onFocus: () => setActiveKey(row.key),
        } as const;
        if (row.kind === 'story') {
          return (
            <li
              key={row.key}
              {...common}
              aria-expanded={row.expanded}
              aria-selected={false}
              data-testid="library-story"
              className="library-tree__item library-tree__item--story"
              onClick={() => onToggle(row.key, !row.expanded)}
            >
              <StoryRow story={row.story} expanded={row.expanded} now={now} />
            </li>
          );
        }
        const selected = row.copy.id === openCopyId;
        return (
          <li
            key={row.key}
            {...common}
            aria-selected={selected}
            data-testid="library-copy"
            className={`library-tree__item library-tree__item--copy level-${row.level}${selected ? ' is-selected' : ''}`}
            onClick={() => onOpen(row.copy.id)}
          >
            <CopyRow copy={row.copy} />
          </li>
        );
      })}
    </ul>
  );
}
