import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/api/events';
import { acceleratorFor } from '../../shared/ui/shortcuts-table';

export interface MenuActions {
  /** Forward a command to the UI, which owns focus, tabs and dialogs shown in the page. */
  command: (command: AppCommand) => void;
  openDataFolder: () => void;
  about: () => void;
  isDev: boolean;
}

/**
 * The application menu with each platform's standard roles and accelerators (CmdOrCtrl, the macOS app menu,
 * Open Recent). Every accelerator of a UI command comes from the shortcuts table, which the Keyboard Shortcuts
 * dialog lists, so the two cannot disagree.
 */
export function buildMenu(actions: MenuActions, platform: NodeJS.Platform = process.platform): Menu {
  const isMac = platform === 'darwin';
  const item = (label: string, command: AppCommand): MenuItemConstructorOptions => {
    const accelerator = acceleratorFor(command, isMac ? 'mac' : 'other');
    return { label, click: () => actions.command(command), ...(accelerator ? { accelerator } : {}) };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // macOS keeps recently opened files in the File menu; the OS fills it from app.addRecentDocument.
  const openRecent: MenuItemConstructorOptions[] = isMac
    ? [{ label: 'Open Recent', role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] }]
    : [];
  // macOS keeps the preferences in the app menu, as "Settings…" since macOS 13; Windows and Linux apps put
  // them at the end of the Edit menu. Either way the same command and Ctrl/⌘+, open the one dialog.
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      separator,
      item('Settings…', 'show-preferences'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [appMenu] : []),
    {
      label: '&File',
      submenu: [
        item('Import…', 'import-files'),
        ...openRecent,
        item('Import from Clipboard', 'import-clipboard'),
        separator,
        item('Save Draft', 'save-draft'),
        separator,
        item('Export…', 'export'),
        item('Export Many…', 'export-many'),
        separator,
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      // Undo and redo reach the editor as the page's historyUndo/historyRedo input, which Lexical maps to its
      // own history, so the standard roles and their Ctrl/⌘+Z keys serve both the editor and plain fields.
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        separator,
        { role: 'selectAll' },
        ...(isMac ? [] : [separator, item('Preferences…', 'show-preferences')]),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Find in Library', 'focus-search'),
        separator,
        item('Copy', 'show-copy'),
        item('Compare', 'show-compare'),
        item('Merge', 'show-merge'),
        item('Toggle Inspector', 'toggle-inspector'),
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...(actions.isDev ? [separator, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        item('Keyboard Shortcuts', 'show-shortcuts'),
        separator,
        { label: 'Load Sample Store', click: () => actions.command('load-sample') },
        { label: 'Show Data Folder', click: () => actions.openDataFolder() },
        ...(isMac ? [] : [separator, { label: 'About Copydesk', click: () => actions.about() }]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
