import type { App } from 'electron';
import { pathsFromArgv } from './open-files';

interface Launch {
  argv: readonly string[];
  cwd: () => string;
  /** Set by Electron when it runs the app from a folder (development): argv[1] is then that folder. */
  defaultApp?: boolean;
}

/**
 * Every way the OS hands Copydesk files, into `add`: this launch's command line ("Open with" on Windows
 * and Linux), macOS `open-file` (Finder, "Open with", the dock icon, Open Recent; it can come before
 * `ready`, so register this at once), and a second launch's command line, relative to where it was made.
 */
export function collectOpenedFiles(app: Pick<App, 'on'>, launch: Launch, add: (paths: string[]) => void): void {
  const defaultApp = launch.defaultApp === true;
  add(pathsFromArgv(launch.argv, { cwd: launch.cwd(), defaultApp }));
  app.on('open-file', (event, file) => {
    // Told the OS the file is handled; otherwise macOS reports that Copydesk cannot open it.
    event.preventDefault();
    add([file]);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => add(pathsFromArgv(argv, { cwd: workingDirectory, defaultApp })));
}
