import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppInfo } from '../../../shared/api/contract';
import packageJson from '../../../package.json' with { type: 'json' };

/** Where export dialogs start: the user's Documents folder when there is one, else the home folder. */
export function defaultExportDir(home: string = os.homedir()): string {
  const documents = path.join(home, 'Documents');
  return statSync(documents, { throwIfNoEntry: false })?.isDirectory() ? documents : home;
}

/** app.info: which shell is serving and what it can do, so the UI offers what works there. */
export const appInfo = (shell: AppInfo['shell'], nativeDialogs: boolean, exportDir: string): AppInfo => ({
  shell,
  version: packageJson.version,
  nativeDialogs,
  platform: process.platform,
  exportDir,
});
