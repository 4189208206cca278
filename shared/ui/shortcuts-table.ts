import type { AppCommand } from '../api/events';

/**
 * Every keyboard shortcut Copydesk answers to, in one table: the Keyboard Shortcuts dialog lists it, the
 * application menu takes its accelerators from it and the page's window-wide handler is derived from it, so
 * none of them can drift from the others. Keys use Electron's accelerator syntax ("CmdOrCtrl+Shift+E"):
 * CmdOrCtrl is ⌘ on macOS and Ctrl elsewhere.
 */
export const SHORTCUT_GROUPS = ['Library', 'Tabs', 'Editor', 'Find', 'Compare', 'Merge', 'Export', 'Import', 'Preferences', 'Help'] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

export type ShortcutPlatform = 'mac' | 'other';

export interface Shortcut {
  group: ShortcutGroup;
  /** What the keys do, as the dialog says it. */
  action: string;
  /** Alternatives, any of which does it. */
  keys: readonly string[];
  /** Only on this platform (macOS keeps ⌘H for Hide, Windows and Linux have Ctrl+Y for redo). */
  platform?: ShortcutPlatform;
  /** The UI command the keys send; the window-wide handler runs these (see `pageHandled`). */
  command?: AppCommand;
  /**
   * Keys the page itself handles (a bare character such as "?" only while focus is outside a text field), so they also work in the browser twin. Without it the key is an Electron
   * menu accelerator only (the dialog leaves such rows out of the twin).
   */
  pageHandled?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { group: 'Library', action: 'Find in the library', keys: ['CmdOrCtrl+F'], command: 'focus-search', pageHandled: true },
  { group: 'Library', action: 'Clear the search', keys: ['Escape'] },
  { group: 'Library', action: 'Move to the previous or next row', keys: ['Up', 'Down'] },
  { group: 'Library', action: 'Jump to the first or last row', keys: ['Home', 'End'] },
  { group: 'Library', action: 'Expand a story, or collapse it', keys: ['Right', 'Left'] },
  { group: 'Library', action: 'Open the copy or draft, or toggle the story', keys: ['Enter', 'Space'] },
  { group: 'Library', action: 'Open the row’s menu', keys: ['Shift+F10', 'Menu'] },
  { group: 'Library', action: 'Delete the row', keys: ['Delete', 'Backspace'] },

  { group: 'Tabs', action: 'Show Copy', keys: ['CmdOrCtrl+1'], command: 'show-copy', pageHandled: true },
  { group: 'Tabs', action: 'Show Compare', keys: ['CmdOrCtrl+2'], command: 'show-compare', pageHandled: true },
  { group: 'Tabs', action: 'Show Merge', keys: ['CmdOrCtrl+3'], command: 'show-merge', pageHandled: true },
  { group: 'Tabs', action: 'Previous or next tab (on the tabs)', keys: ['Left', 'Right'] },
  { group: 'Tabs', action: 'Show or hide the inspector', keys: ['CmdOrCtrl+Alt+I'], command: 'toggle-inspector' },

  { group: 'Editor', action: 'Bold', keys: ['CmdOrCtrl+B'] },
  { group: 'Editor', action: 'Italic', keys: ['CmdOrCtrl+I'] },
  { group: 'Editor', action: 'Link', keys: ['CmdOrCtrl+K'] },
  { group: 'Editor', action: 'Undo', keys: ['CmdOrCtrl+Z'] },
  { group: 'Editor', action: 'Redo', keys: ['CmdOrCtrl+Shift+Z'], platform: 'mac' },
  { group: 'Editor', action: 'Redo', keys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'], platform: 'other' },
  { group: 'Editor', action: 'From the headline fields to the body', keys: ['Enter'] },

  { group: 'Find', action: 'Find in the article (in the editor)', keys: ['CmdOrCtrl+F'] },
  { group: 'Find', action: 'Find and replace', keys: ['CmdOrCtrl+Alt+F'], platform: 'mac' },
  { group: 'Find', action: 'Find and replace', keys: ['CmdOrCtrl+H', 'CmdOrCtrl+Alt+F'], platform: 'other' },
  { group: 'Find', action: 'Next or previous match', keys: ['Enter', 'Shift+Enter'] },
  { group: 'Find', action: 'Replace the match (in the Replace field)', keys: ['Enter'] },
  { group: 'Find', action: 'Close the find bar', keys: ['Escape'] },

  { group: 'Compare', action: 'Next or previous change', keys: ['F7', 'Shift+F7'] },

  { group: 'Merge', action: 'Save the draft', keys: ['CmdOrCtrl+S'], command: 'save-draft', pageHandled: true },

  { group: 'Export', action: 'Export…', keys: ['CmdOrCtrl+E'], command: 'export', pageHandled: true },
  { group: 'Export', action: 'Export Many…', keys: ['CmdOrCtrl+Shift+E'], command: 'export-many', pageHandled: true },

  { group: 'Import', action: 'Import files…', keys: ['CmdOrCtrl+O'], command: 'import-files' },
  { group: 'Import', action: 'Import from the clipboard', keys: ['CmdOrCtrl+Shift+V'], command: 'import-clipboard' },

  // Ctrl/⌘+, is where desktop apps on every platform keep their preferences.
  { group: 'Preferences', action: 'Preferences…', keys: ['CmdOrCtrl+,'], command: 'show-preferences', pageHandled: true },

  // The menu's key comes first: ⌘/ is where macOS apps keep it, F1 is Help on Windows and Linux.
  { group: 'Help', action: 'Keyboard shortcuts', keys: ['CmdOrCtrl+/', '?'], platform: 'mac', command: 'show-shortcuts', pageHandled: true },
  { group: 'Help', action: 'Keyboard shortcuts', keys: ['F1', 'CmdOrCtrl+/', '?'], platform: 'other', command: 'show-shortcuts', pageHandled: true },
];

/** The rows that apply on a platform. */
export const shortcutsFor = (platform: ShortcutPlatform): Shortcut[] =>
  SHORTCUTS.filter((shortcut) => shortcut.platform === undefined || shortcut.platform === platform);

/** The first key of the command's row on the platform: the menu's accelerator for it. */
export function acceleratorFor(command: AppCommand, platform: ShortcutPlatform): string | undefined {
  return shortcutsFor(platform).find((shortcut) => shortcut.command === command)?.keys[0];
}
