import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/api/events';

export interface MenuActions {
  /** Forward a command to the UI, which owns focus, tabs and dialogs shown in the page. */
  command: (command: AppCommand) => void;
  openDataFolder: () => void;
  about: () => void;
  isDev: boolean;
}

/** The application menu with each platform's standard accelerators (CmdOrCtrl, the macOS app menu). */
export function buildMenu(actions: MenuActions, platform: NodeJS.Platform = process.platform): Menu {
  const isMac = platform === 'darwin';
  const send = (command: AppCommand) => () => actions.command(command);
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: send('import-files') },
        { label: 'Import from Clipboard', accelerator: 'CmdOrCtrl+Shift+V', click: send('import-clipboard') },
        { type: 'separator' },
        { label: 'Save Draft', accelerator: 'CmdOrCtrl+S', click: send('save-draft') },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { label: 'Export Many…', accelerator: 'CmdOrCtrl+Shift+E', click: send('export-many') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Find in Library', accelerator: 'CmdOrCtrl+F', click: send('focus-search') },
        { type: 'separator' },
        { label: 'Copy', accelerator: 'CmdOrCtrl+1', click: send('show-copy') },
        { label: 'Compare', accelerator: 'CmdOrCtrl+2', click: send('show-compare') },
        { label: 'Merge', accelerator: 'CmdOrCtrl+3', click: send('show-merge') },
        { label: 'Toggle Inspector', accelerator: 'CmdOrCtrl+Alt+I', click: send('toggle-inspector') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(actions.isDev ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Load Sample Store', click: send('load-sample') },
        { label: 'Show Data Folder', click: () => actions.openDataFolder() },
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: 'About Copydesk', click: () => actions.about() }]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
