import type { AppInfo } from '../../../shared/api/contract';
import { formatKeys } from '../../../shared/ui/format-keys';
import { SHORTCUT_GROUPS, shortcutsFor, type ShortcutGroup, type ShortcutPlatform } from '../../../shared/ui/shortcuts-table';

export interface ShortcutRow {
  action: string;
  /** Each alternative as the platform writes it ("⌘⇧E", "Ctrl+Shift+E"). */
  keys: string[];
}

export interface ShortcutSection {
  group: ShortcutGroup;
  rows: ShortcutRow[];
}

/**
 * The dialog's content: the table's rows for this platform, grouped in the table's order. Menu accelerators
 * the page does not handle exist only in the desktop app, so the browser twin leaves them out.
 */
export function shortcutSections(platform: ShortcutPlatform, shell: AppInfo['shell']): ShortcutSection[] {
  const rows = shortcutsFor(platform).filter((shortcut) => shell === 'electron' || !shortcut.command || shortcut.pageHandled);
  return SHORTCUT_GROUPS.map((group) => ({
    group,
    rows: rows.filter((shortcut) => shortcut.group === group).map((shortcut) => ({ action: shortcut.action, keys: shortcut.keys.map((keys) => formatKeys(keys, platform)) })),
  })).filter((section) => section.rows.length > 0);
}
