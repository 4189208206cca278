import type { BrowserWindow, Dialog } from 'electron';
import { SUPPORTED_EXTENSIONS } from '../../shared/domain/extract/sniff';
import type { PickPaths } from './services/imports-service';

/**
 * import.pick's capability in Electron: the OS open dialog, attached to the window, offering the files
 * Copydesk reads (or any folder, walked by the importer). Null when the user cancels.
 */
export function nativePickPaths(dialog: Pick<Dialog, 'showOpenDialog'>, window: () => BrowserWindow | null): PickPaths {
  return async (kind) => {
    const options: Electron.OpenDialogOptions =
      kind === 'folder'
        ? { title: 'Import a folder', properties: ['openDirectory'] }
        : {
            title: 'Import files',
            properties: ['openFile', 'multiSelections'],
            filters: [
              { name: 'Copy (text, Markdown, web pages, Word, ninjs, NewsML-G2, NITF)', extensions: [...SUPPORTED_EXTENSIONS] },
              { name: 'All files', extensions: ['*'] },
            ],
          };
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : result.filePaths;
  };
}
