import os from 'node:os';
import path from 'node:path';

/** Environment variable that points every shell (app, browser twin, CLI, tests) at another data folder. */
export const DATA_DIR_ENV = 'COPYDESK_DATA_DIR';

/**
 * The data folder to use: COPYDESK_DATA_DIR when set (tests, scripts, a second profile), else the fallback
 * (Electron passes app.getPath('userData'); the web twin and CLI pass defaultDataDir()).
 */
export function resolveDataDir(env: Record<string, string | undefined>, fallback: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  return path.resolve(override ? override : fallback);
}

/**
 * Where Electron would put Copydesk's user data on this platform, so the browser twin and the CLI open the
 * same store as the app without loading Electron.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
  env: Record<string, string | undefined> = process.env,
): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Copydesk');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Copydesk');
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), 'Copydesk');
}
