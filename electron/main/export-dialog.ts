import type { BrowserWindow, Dialog } from 'electron';
import type { PickExportTarget } from './services/export-targets';

/**
 * export.pickTarget's capability in Electron: the OS save dialog for one file (filtered to the format's
 * extension) or the folder dialog for a batch, attached to the window. Null when the user cancels.
 */
export function nativePickExportTarget(dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>, window: () => BrowserWindow | null): PickExportTarget {
  return async ({ kind, defaultPath, filter }) => {
    const parent = window();
    if (kind === 'folder') {
      const options: Electron.OpenDialogOptions = { title: 'Export to a folder', defaultPath, properties: ['openDirectory', 'createDirectory'] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    }
    // The dialogs filter on the last extension only: "ninjs.json" is offered as "json" (the name keeps it whole).
    const extension = filter?.extension.split('.').pop();
    const options: Electron.SaveDialogOptions = {
      title: 'Export',
      defaultPath,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      filters: [...(filter && extension ? [{ name: filter.name, extensions: [extension] }] : []), { name: 'All files', extensions: ['*'] }],
    };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
