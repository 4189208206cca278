import type { AppInfo } from '../../../shared/api/contract';
import packageJson from '../../../package.json' with { type: 'json' };

/** app.info: which shell is serving and what it can do, so the UI offers what works there. */
export const appInfo = (shell: AppInfo['shell'], nativeDialogs: boolean): AppInfo => ({
  shell,
  version: packageJson.version,
  nativeDialogs,
  platform: process.platform,
});
