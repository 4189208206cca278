import type { TreeRow } from './libraryTree';

/** What a key press in the library tree asks for; the component applies it. */
export type TreeAction =
  | { type: 'focus'; key: string }
  | { type: 'expand'; key: string }
  | { type: 'collapse'; key: string }
  | { type: 'open'; copyId: string }
  | { type: 'open-draft'; draftId: string }
  | { type: 'none' };

/** Rows that hold others (a story, the drafts section): they expand and collapse. */
type GroupRow = Extract<TreeRow, { kind: 'story' | 'drafts' }>;
const isGroup = (row: TreeRow): row is GroupRow => row.kind === 'story' || row.kind === 'drafts';

const isChildOf = (row: TreeRow | undefined, parentKey: string): boolean => row !== undefined && !isGroup(row) && row.parentKey === parentKey;

/** Rows a PageUp/PageDown moves when the caller does not know how many fit in view. */
export const DEFAULT_PAGE_ROWS = 10;

/**
 * The WAI-ARIA tree pattern's keys: ↑/↓ move, → expands a story (or the drafts) or enters it, ← collapses it
 * or goes back to the parent, Home/End jump, PageUp/PageDown move by `pageRows` (about a screenful), Enter
 * opens a copy or a draft or toggles a group.
 */
export function treeAction(rows: TreeRow[], activeKey: string | null, key: string, pageRows = DEFAULT_PAGE_ROWS): TreeAction {
  if (rows.length === 0) return { type: 'none' };
  const index = rows.findIndex((row) => row.key === activeKey);
  const row = rows[index];
  const focusAt = (i: number): TreeAction => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, i))];
    return target ? { type: 'focus', key: target.key } : { type: 'none' };
  };
  switch (key) {
    case 'ArrowDown':
      return focusAt(index < 0 ? 0 : index + 1);
    case 'ArrowUp':
      return focusAt(index < 0 ? 0 : index - 1);
    case 'Home':
      return focusAt(0);
    case 'End':
      return focusAt(rows.length - 1);
    case 'PageDown':
      return focusAt(index < 0 ? 0 : index + Math.max(1, pageRows));
    case 'PageUp':
      return focusAt(index < 0 ? 0 : index - Math.max(1, pageRows));
  }
  if (!row) return { type: 'none' };
  switch (key) {
    case 'ArrowRight':
      if (!isGroup(row)) return { type: 'none' };
      if (!row.expanded) return { type: 'expand', key: row.key };
      return isChildOf(rows[index + 1], row.key) ? focusAt(index + 1) : { type: 'none' };
    case 'ArrowLeft':
      if (isGroup(row)) return row.expanded ? { type: 'collapse', key: row.key } : { type: 'none' };
      return row.parentKey ? { type: 'focus', key: row.parentKey } : { type: 'none' };
    case 'Enter':
    case ' ':
      if (row.kind === 'copy') return { type: 'open', copyId: row.copy.id };
      if (row.kind === 'draft') return { type: 'open-draft', draftId: row.draft.id };
      return { type: row.expanded ? 'collapse' : 'expand', key: row.key };
  }
  return { type: 'none' };
}

/** Keys that act on the focused row beyond moving: the context menu (Shift+F10, the Menu key) and Delete. */
export function rowCommand(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): 'menu' | 'delete' | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) return 'menu';
  if ((event.key === 'Delete' || event.key === 'Backspace') && !event.shiftKey) return 'delete';
  return null;
}
