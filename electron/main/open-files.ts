import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Which `path` flavour resolves the arguments: the platform's own, or a given one in tests. */
type PathApi = Pick<typeof path, 'resolve' | 'isAbsolute'>;

export interface ArgvContext {
  /** The folder the launch was made from: relative arguments are relative to it, not to the running app. */
  cwd: string;
  /**
   * True when Electron runs the app from a folder (`electron .` in development): then the first argument
   * that is not a switch is that folder, not a file to import (switches may come before it, as Playwright's
   * `--inspect=0` does). A packaged app has only its own executable before the files.
   */
  defaultApp: boolean;
  pathApi?: PathApi;
}

// Chromium and Electron put their switches in argv (and a second instance's argv gains some of its own, in
// any position); macOS adds "-psn_…" when started from the Finder. No file Copydesk opens starts with "-"
// except after "--", where everything is taken as a file.
const isSwitch = (arg: string): boolean => arg.startsWith('-');
const isFileUrl = (arg: string): boolean => /^file:\/\//i.test(arg);
// "copydesk://…" or "https://…" are not files; a Windows drive ("C:\…") is, hence the two slashes.
const isOtherUrl = (arg: string): boolean => /^[a-z][a-z0-9+.-]+:\/\//i.test(arg) && !isFileUrl(arg);

/**
 * The files a launch names on its command line, absolute, in order, each once. Whether a file is one
 * Copydesk can read is left to the importer, which names the file and the problem in its report; a folder
 * is imported like a picked one.
 */
export function pathsFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  const pathApi = context.pathApi ?? path;
  const candidates: string[] = [];
  let afterDashes = false;
  let appFolderSkipped = !context.defaultApp;
  for (const arg of argv.slice(1)) {
    if (!afterDashes && arg === '--') {
      afterDashes = true;
      continue;
    }
    if (arg.trim() === '' || (!afterDashes && isSwitch(arg)) || isOtherUrl(arg)) continue;
    if (!appFolderSkipped) {
      appFolderSkipped = true;
      continue;
    }
    candidates.push(isFileUrl(arg) ? fileURLToPath(arg) : pathApi.resolve(context.cwd, arg));
  }
  return uniquePaths(candidates);
}

/** Paths in first-seen order without repeats (the same file named twice is one import, not a duplicate report). */
export function uniquePaths(paths: Iterable<string>): string[] {
  return [...new Set(paths)];
}
