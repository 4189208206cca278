import type { MenuItem } from '../../ui/MenuList';
import type { LibraryRow } from '../library/libraryTree';
import type { RegroupRequest } from './RegroupDialogs';

/**
 * What a library row's context menu offers. Splitting needs two versions at least, joining another story
 * to join with; items that cannot apply are left out rather than shown disabled.
 */
export function rowMenuItems(row: LibraryRow, storyCount: number, request: (r: RegroupRequest) => void, open: (copyId: string) => void): MenuItem[] {
  if (row.kind === 'copy') {
    return [
      { label: 'Open', onSelect: () => open(row.copy.id) },
      { label: 'Move to story…', onSelect: () => request({ kind: 'move', copy: row.copy }) },
      { label: 'Delete copy…', shortcut: 'Del', danger: true, onSelect: () => request({ kind: 'delete', copy: row.copy }) },
    ];
  }
  const items: MenuItem[] = [];
  if (row.copies.length > 1) items.push({ label: 'Split selected versions off…', onSelect: () => request({ kind: 'split', story: row.story, copies: row.copies }) });
  if (storyCount > 1) items.push({ label: 'Join with…', onSelect: () => request({ kind: 'join', story: row.story }) });
  return items;
}
